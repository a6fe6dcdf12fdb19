import { describe } from "vitest";
import { periodSame } from "../../../src/extract/rules/period-same.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodSame", () => runRuleExamples(periodSame));
