// Every line reading's examples and counter-examples (src/extract/entities/line-rules.ts).
import { describe } from "vitest";
import { LINE_RULES } from "../../../src/extract/entities/line-rules.js";
import { runEntityExamples } from "./run-examples.js";

for (const rule of LINE_RULES) describe(rule.name, () => runEntityExamples(rule));
