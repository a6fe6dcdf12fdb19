// count: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { countReader } from "../../../src/extract/atoms/count.js";
import { runReaderExamples } from "./run-examples.js";

describe("countReader", () => runReaderExamples(countReader));
