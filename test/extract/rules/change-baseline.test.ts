// change-baseline: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { changeBaseline } from "../../../src/extract/rules/change-baseline.js";
import { runRuleExamples } from "./run-examples.js";

describe("changeBaseline", () => runRuleExamples(changeBaseline));
