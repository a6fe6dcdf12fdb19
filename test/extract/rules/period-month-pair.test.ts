import { describe } from "vitest";
import { periodMonthPair } from "../../../src/extract/rules/period-month-pair.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodMonthPair", () => runRuleExamples(periodMonthPair));
