import { describe } from "vitest";
import { changeBaseline } from "../../../src/extract/rules/change-baseline.js";
import { runRuleExamples } from "./run-examples.js";

describe("changeBaseline", () => runRuleExamples(changeBaseline));
