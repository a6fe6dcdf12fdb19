// quantity: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { quantityReader } from "../../../src/extract/atoms/quantity.js";
import { runReaderExamples } from "./run-examples.js";

describe("quantityReader", () => runReaderExamples(quantityReader));
