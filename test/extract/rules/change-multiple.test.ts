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
