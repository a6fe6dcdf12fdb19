// Every shape rule's examples and counter-examples (src/extract/entities/shapes).
import { describe } from "vitest";
import { SHAPE_RULES } from "../../../src/extract/entities/shapes/index.js";
import { runEntityExamples } from "./run-examples.js";

for (const rule of SHAPE_RULES) describe(rule.name, () => runEntityExamples(rule));
