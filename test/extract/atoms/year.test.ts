import { describe } from "vitest";
import { yearReader } from "../../../src/extract/atoms/year.js";
import { runReaderExamples } from "./run-examples.js";

describe("yearReader", () => runReaderExamples(yearReader));
