import { describe } from "vitest";
import { priceReader } from "../../../src/extract/atoms/price.js";
import { runReaderExamples } from "./run-examples.js";

describe("priceReader", () => runReaderExamples(priceReader));
