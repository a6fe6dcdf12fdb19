import { describe } from "vitest";
import { periodInYear, periodRelativeYear } from "../../../src/extract/rules/period-year.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodInYear", () => runRuleExamples(periodInYear));
describe("periodRelativeYear", () => runRuleExamples(periodRelativeYear));
