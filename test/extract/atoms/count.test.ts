import { describe } from "vitest";
import { countReader } from "../../../src/extract/atoms/count.js";
import { runReaderExamples } from "./run-examples.js";

describe("countReader", () => runReaderExamples(countReader));
