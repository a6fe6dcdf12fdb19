// period-of-year: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { periodOfYear } from "../../../src/extract/rules/period-of-year.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodOfYear", () => runRuleExamples(periodOfYear));
