// period-between: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { periodBetween } from "../../../src/extract/rules/period-between.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodBetween", () => runRuleExamples(periodBetween));
