// period-ordinal-pair: the rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { periodOrdinalPair } from "../../../src/extract/rules/period-ordinal-pair.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodOrdinalPair", () => runRuleExamples(periodOrdinalPair));
