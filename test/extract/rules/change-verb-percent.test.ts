// change-verb-percent: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { changeVerbPercent } from "../../../src/extract/rules/change-verb-percent.js";
import { runRuleExamples } from "./run-examples.js";

describe("changeVerbPercent", () => runRuleExamples(changeVerbPercent));
