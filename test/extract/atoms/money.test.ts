// money: each reader's or rule's own examples and counter-examples (in its module), run as tests.
import { describe } from "vitest";
import { moneyReader } from "../../../src/extract/atoms/money.js";
import { runReaderExamples } from "./run-examples.js";

describe("moneyReader", () => runReaderExamples(moneyReader));
