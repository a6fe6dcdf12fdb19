import { describe } from "vitest";
import { changeDirection } from "../../../src/extract/rules/change-direction.js";
import { runRuleExamples } from "./run-examples.js";

describe("changeDirection", () => runRuleExamples(changeDirection));
