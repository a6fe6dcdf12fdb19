// period-year-range: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import {
  periodYearBetween,
  periodYearDash,
  periodYearRange,
} from "../../../src/extract/rules/period-year-range.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodYearRange", () => runRuleExamples(periodYearRange));
describe("periodYearBetween", () => runRuleExamples(periodYearBetween));
describe("periodYearDash", () => runRuleExamples(periodYearDash));
