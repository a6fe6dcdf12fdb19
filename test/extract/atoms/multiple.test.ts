import { describe } from "vitest";
import { multipleReader } from "../../../src/extract/atoms/multiple.js";
import { runReaderExamples } from "./run-examples.js";

describe("multipleReader", () => runReaderExamples(multipleReader));
