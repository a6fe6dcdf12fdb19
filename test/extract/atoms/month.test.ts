import { describe } from "vitest";
import { monthReader } from "../../../src/extract/atoms/month.js";
import { runReaderExamples } from "./run-examples.js";

describe("monthReader", () => runReaderExamples(monthReader));
