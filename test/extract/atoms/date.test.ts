// date: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { dateReader } from "../../../src/extract/atoms/date.js";
import { runReaderExamples } from "./run-examples.js";

describe("dateReader", () => runReaderExamples(dateReader));
