import { describe } from "vitest";
import { changeComparative } from "../../../src/extract/rules/change-comparative.js";
import { runRuleExamples } from "./run-examples.js";

describe("changeComparative", () => runRuleExamples(changeComparative));
