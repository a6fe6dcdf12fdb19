import { describe } from "vitest";
import { numberWordReader } from "../../../src/extract/atoms/number-word.js";
import { runReaderExamples } from "./run-examples.js";

describe("numberWordReader", () => runReaderExamples(numberWordReader));
