// change-direction: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { changeDirection } from "../../../src/extract/rules/change-direction.js";
import { runRuleExamples } from "./run-examples.js";

describe("changeDirection", () => runRuleExamples(changeDirection));
