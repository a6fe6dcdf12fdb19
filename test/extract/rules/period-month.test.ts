import { describe } from "vitest";
import { periodMonth } from "../../../src/extract/rules/period-month.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodMonth", () => runRuleExamples(periodMonth));
