import { describe } from "vitest";
import { periodMonthsTo } from "../../../src/extract/rules/period-months-to.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodMonthsTo", () => runRuleExamples(periodMonthsTo));
