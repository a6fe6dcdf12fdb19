// price: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { priceReader } from "../../../src/extract/atoms/price.js";
import { runReaderExamples } from "./run-examples.js";

describe("priceReader", () => runReaderExamples(priceReader));
