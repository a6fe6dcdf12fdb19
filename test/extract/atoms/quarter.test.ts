// quarter: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { quarterReader } from "../../../src/extract/atoms/quarter.js";
import { runReaderExamples } from "./run-examples.js";

describe("quarterReader", () => runReaderExamples(quarterReader));
