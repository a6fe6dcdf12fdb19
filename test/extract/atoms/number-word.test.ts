// number-word: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { numberWordReader } from "../../../src/extract/atoms/number-word.js";
import { runReaderExamples } from "./run-examples.js";

describe("numberWordReader", () => runReaderExamples(numberWordReader));
