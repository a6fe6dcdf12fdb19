// period-year: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { periodInYear, periodRelativeYear } from "../../../src/extract/rules/period-year.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodInYear", () => runRuleExamples(periodInYear));
describe("periodRelativeYear", () => runRuleExamples(periodRelativeYear));
