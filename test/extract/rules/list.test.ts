import { describe } from "vitest";
import { listRule } from "../../../src/extract/rules/list.js";
import { runRuleExamples } from "./run-examples.js";

describe("listRule", () => runRuleExamples(listRule));
