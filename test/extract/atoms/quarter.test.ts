import { describe } from "vitest";
import { quarterReader } from "../../../src/extract/atoms/quarter.js";
import { runReaderExamples } from "./run-examples.js";

describe("quarterReader", () => runReaderExamples(quarterReader));
