import { describe } from "vitest";
import { changeVerbPercent } from "../../../src/extract/rules/change-verb-percent.js";
import { runRuleExamples } from "./run-examples.js";

describe("changeVerbPercent", () => runRuleExamples(changeVerbPercent));
