// period-quarter-half: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { periodHalf, periodQuarter } from "../../../src/extract/rules/period-quarter-half.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodQuarter", () => runRuleExamples(periodQuarter));
describe("periodHalf", () => runRuleExamples(periodHalf));
