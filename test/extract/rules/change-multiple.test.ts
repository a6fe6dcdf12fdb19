// change-multiple: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import {
  changeMultipleNoun,
  changeMultiplied,
  changeVerbMultiple,
} from "../../../src/extract/rules/change-multiple.js";
import { runRuleExamples } from "./run-examples.js";

describe("changeVerbMultiple", () => runRuleExamples(changeVerbMultiple));
describe("changeMultipleNoun", () => runRuleExamples(changeMultipleNoun));
describe("changeMultiplied", () => runRuleExamples(changeMultiplied));
