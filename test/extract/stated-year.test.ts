/** Undated documents: month expressions take the year their paragraph states. */
import { describe, expect, it } from "vitest";
import { findPeriods, UNKNOWN_DATE } from "../../src/extract/periods.js";
import { statedYear, withStatedYear } from "../../src/extract/stated-year.js";

function resolved(sentence: string, year: number) {
  const s = { start: 0, end: sentence.length };
  return withStatedYear(sentence, s, findPeriods(sentence, 0, sentence.length, UNKNOWN_DATE), year)
    .filter((p) => p.role !== "unresolved")
    .map((p) => [sentence.slice(p.start, p.end), p.period.start, p.period.end]);
}

describe("stated years", () => {
  it("finds the year a period states", () => {
    const text = "Trade grew in the first seven months of 2023.";
    expect(statedYear(findPeriods(text, 0, text.length, UNKNOWN_DATE))).toBe(2023);
    const relative = "Trade grew in the first seven months of this year.";
    expect(statedYear(findPeriods(relative, 0, relative.length, UNKNOWN_DATE))).toBeNull();
  });

  it.each([
    [
      "Between January and July, exports rose.",
      [["Between January and July", "2023-01", "2023-07"]],
    ],
    ["In July alone, exports rose.", [["July", "2023-07", "2023-07"]]],
    ["In the first quarter, exports rose.", [["the first quarter", "2023-01", "2023-03"]]],
    ["Exports rose from last year.", []],
    ["Exports rose this year.", []],
    ["Trade since 2012 doubled.", []],
  ])("%s", (sentence, expected) => {
    expect(resolved(sentence, 2023)).toEqual(expected);
  });
});
