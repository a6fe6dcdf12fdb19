// period-first-months: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import {
  periodFirstMonths,
  periodFirstQuarters,
} from "../../../src/extract/rules/period-first-months.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodFirstMonths", () => runRuleExamples(periodFirstMonths));
describe("periodFirstQuarters", () => runRuleExamples(periodFirstQuarters));
