import { describe } from "vitest";
import { quantityReader } from "../../../src/extract/atoms/quantity.js";
import { runReaderExamples } from "./run-examples.js";

describe("quantityReader", () => runReaderExamples(quantityReader));
