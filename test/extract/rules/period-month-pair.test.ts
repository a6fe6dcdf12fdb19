// period-month-pair: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { periodMonthPair } from "../../../src/extract/rules/period-month-pair.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodMonthPair", () => runRuleExamples(periodMonthPair));
