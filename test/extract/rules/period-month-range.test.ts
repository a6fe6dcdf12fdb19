import { describe } from "vitest";
import { periodMonthRange } from "../../../src/extract/rules/period-month-range.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodMonthRange", () => runRuleExamples(periodMonthRange));
