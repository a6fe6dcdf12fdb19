// change-comparative: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { changeComparative } from "../../../src/extract/rules/change-comparative.js";
import { runRuleExamples } from "./run-examples.js";

describe("changeComparative", () => runRuleExamples(changeComparative));
