// percent: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { percentReader, pointsReader } from "../../../src/extract/atoms/percent.js";
import { runReaderExamples } from "./run-examples.js";

describe("percentReader", () => runReaderExamples(percentReader));
describe("pointsReader", () => runReaderExamples(pointsReader));
