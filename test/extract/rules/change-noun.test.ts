// change-noun: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { changeNounBefore, changeNounOf } from "../../../src/extract/rules/change-noun.js";
import { runRuleExamples } from "./run-examples.js";

describe("changeNounBefore", () => runRuleExamples(changeNounBefore));
describe("changeNounOf", () => runRuleExamples(changeNounOf));
