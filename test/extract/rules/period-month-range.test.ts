// period-month-range: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { periodMonthRange } from "../../../src/extract/rules/period-month-range.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodMonthRange", () => runRuleExamples(periodMonthRange));
