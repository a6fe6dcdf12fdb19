// period-month: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { periodMonth } from "../../../src/extract/rules/period-month.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodMonth", () => runRuleExamples(periodMonth));
