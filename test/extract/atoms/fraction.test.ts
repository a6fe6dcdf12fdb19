// fraction: the reader's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { fractionReader } from "../../../src/extract/atoms/fraction.js";
import { runReaderExamples } from "./run-examples.js";

describe("fractionReader", () => runReaderExamples(fractionReader));
