import { describe } from "vitest";
import { moneyReader } from "../../../src/extract/atoms/money.js";
import { runReaderExamples } from "./run-examples.js";

describe("moneyReader", () => runReaderExamples(moneyReader));
