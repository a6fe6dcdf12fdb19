import { describe } from "vitest";
import { periodOfYear } from "../../../src/extract/rules/period-of-year.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodOfYear", () => runRuleExamples(periodOfYear));
