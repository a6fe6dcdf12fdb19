// period-same: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { periodSame } from "../../../src/extract/rules/period-same.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodSame", () => runRuleExamples(periodSame));
