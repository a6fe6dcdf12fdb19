import { describe } from "vitest";
import { dateReader } from "../../../src/extract/atoms/date.js";
import { runReaderExamples } from "./run-examples.js";

describe("dateReader", () => runReaderExamples(dateReader));
