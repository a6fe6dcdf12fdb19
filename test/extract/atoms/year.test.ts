// year: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { yearReader } from "../../../src/extract/atoms/year.js";
import { runReaderExamples } from "./run-examples.js";

describe("yearReader", () => runReaderExamples(yearReader));
