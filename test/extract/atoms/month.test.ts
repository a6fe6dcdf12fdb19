// month: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { monthReader } from "../../../src/extract/atoms/month.js";
import { runReaderExamples } from "./run-examples.js";

describe("monthReader", () => runReaderExamples(monthReader));
