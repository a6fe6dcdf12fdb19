// A year as the atom readers take one: four digits from 1900 to 2099, nothing else.
import { describe, expect, it } from "vitest";
import { isYearDigits } from "../../../src/extract/atoms/helpers.js";

const TABLE: Array<[string, boolean]> = [
  ["2023", true],
  ["1900", true],
  ["2099", true],
  ["1899", false],
  ["2100", false],
  ["202", false],
  ["20234", false],
  ["20a3", false],
  ["2.02", false],
  ["\uff12\uff10\uff12\uff13", false],
];

describe("isYearDigits", () => {
  for (const [s, want] of TABLE)
    it(`${JSON.stringify(s)} → ${want}`, () => {
      expect(isYearDigits(s)).toBe(want);
      expect(/^(19|20)\d\d$/.test(s)).toBe(want);
    });
});
