import { describe, expect, it } from "vitest";
import { findPeriods } from "../../src/extract/periods.js";

const ctx = { year: 2021, month: 7 };
const cases: Array<[string, string]> = [
  ["in the first half of this year", "period:2021-01..2021-06"],
  ["in the first half of the year", "period:2021-01..2021-06"],
  ["compared with the same period in 2019", "baseline:2019-01..2019-12"],
  ["In June, trade rose", "period:2021-06..2021-06"],
  ["last year", "period:2020-01..2020-12"],
  ["the first five months", "period:2021-01..2021-05"],
  ["the first three quarters", "period:2021-01..2021-09"],
  ["the second quarter", "period:2021-04..2021-06"],
  ["since 2012", "since:2012-01..2020-12"],
  ["in 2023", "period:2023-01..2023-12"],
  ["since the 18th CPC National Congress", "since:2012-12..2020-12"],
  ["in the second half of last year", "period:2020-07..2020-12"],
  ["from 2012 to 2023", "since:2012-01..2023-12"],
  ["In November, trade rose", "period:2020-11..2020-11"],
];

describe("findPeriods", () => {
  it.each(cases)("%s", (text, expected) => {
    const [p] = findPeriods(text, 0, text.length, ctx);
    expect(p ? `${p.role}:${p.period.start}..${p.period.end}` : "none").toBe(expected);
  });

  it("keeps the months of the current period for 'the same period in 2019'", () => {
    const [p] = findPeriods("compared with the same period in 2019", 0, 37, ctx);
    expect(p.sameIn).toBe(2019);
  });

  it("reads 'for three consecutive years' as three yearly periods", () => {
    const t = "exceeding 30 trillion yuan for three consecutive years";
    const [p] = findPeriods(t, 0, t.length, { year: 2024, month: 7 });
    expect(p.years).toBe(3);
    expect(p.period).toEqual({ start: "2023-01", end: "2023-12" });
  });
});

describe("month ranges", () => {
  it.each([
    ["in January-May", "period:2021-01..2021-05"],
    ["from January to May 2024", "period:2024-01..2024-05"],
    ["in the September-November period", "period:2020-09..2020-11"],
  ])("%s", (text, expected) => {
    const [p] = findPeriods(text, 0, text.length, ctx);
    expect(`${p.role}:${p.period.start}..${p.period.end}`).toBe(expected);
  });
});
