// list: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { listRule } from "../../../src/extract/rules/list.js";
import { runRuleExamples } from "./run-examples.js";

describe("listRule", () => runRuleExamples(listRule));
