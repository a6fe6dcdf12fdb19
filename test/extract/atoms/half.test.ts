import { describe } from "vitest";
import { halfReader } from "../../../src/extract/atoms/half.js";
import { runReaderExamples } from "./run-examples.js";

describe("halfReader", () => runReaderExamples(halfReader));
