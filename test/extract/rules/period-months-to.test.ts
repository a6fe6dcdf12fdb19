// period-months-to: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { periodMonthsTo } from "../../../src/extract/rules/period-months-to.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodMonthsTo", () => runRuleExamples(periodMonthsTo));
