// multiple: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { multipleReader } from "../../../src/extract/atoms/multiple.js";
import { runReaderExamples } from "./run-examples.js";

describe("multipleReader", () => runReaderExamples(multipleReader));
