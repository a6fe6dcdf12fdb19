// lexical: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import {
  changeVerbReader,
  directionReader,
  flowTermReader,
  periodWordReader,
  relYearReader,
  yoyReader,
} from "../../../src/extract/atoms/lexical.js";
import { runReaderExamples } from "./run-examples.js";

describe("flowTermReader", () => runReaderExamples(flowTermReader));
describe("changeVerbReader", () => runReaderExamples(changeVerbReader));
describe("directionReader", () => runReaderExamples(directionReader));
describe("periodWordReader", () => runReaderExamples(periodWordReader));
describe("relYearReader", () => runReaderExamples(relYearReader));
describe("yoyReader", () => runReaderExamples(yoyReader));
