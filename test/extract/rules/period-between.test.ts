import { describe } from "vitest";
import { periodBetween } from "../../../src/extract/rules/period-between.js";
import { runRuleExamples } from "./run-examples.js";

describe("periodBetween", () => runRuleExamples(periodBetween));
