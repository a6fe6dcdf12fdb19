// half: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { halfReader } from "../../../src/extract/atoms/half.js";
import { runReaderExamples } from "./run-examples.js";

describe("halfReader", () => runReaderExamples(halfReader));
