// Exact decimal scaling: a table of digits × powers of ten, and the float error it avoids.
import { describe, expect, it } from "vitest";
import { scaleDecimal } from "../../../src/extract/atoms/decimal.js";

// digits, power of ten, exact result
const table: Array<[string, number, string]> = [
  ["8.22", 12, "8220000000000"],
  ["18.07", 12, "18070000000000"],
  ["0.07", 12, "70000000000"],
  ["145.3", 9, "145300000000"],
  ["1234.5678", 3, "1234567.8"],
  ["2888.50", 0, "2888.5"],
  ["1.2", 2, "120"],
  ["0.125", 2, "12.5"],
  ["-3.5", 6, "-3500000"],
  ["007", 0, "7"],
  ["12.5", -2, "0.125"],
  ["0", 9, "0"],
  // unscaled plain integers are returned as written; other unscaled forms are made canonical
  ["2023", 0, "2023"],
  ["0", 0, "0"],
  ["-3", 0, "-3"],
  ["-0", 0, "0"],
  ["1.50", 0, "1.5"],
];

describe("scaleDecimal", () => {
  it.each(table)("%s × 10^%i = %s", (digits, power, exact) => {
    expect(scaleDecimal(digits, power)).toBe(exact);
  });
  it("is exact where floating point is not", () => {
    expect(8.22 * 1e12).not.toBe(8220000000000);
    expect(Number(scaleDecimal("8.22", 12))).toBe(8220000000000);
  });
});
