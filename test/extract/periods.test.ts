import { describe, expect, it } from "vitest";
import { findPeriods, inferDocumentYear, UNKNOWN_DATE } from "../../src/extract/periods.js";

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
  // a calendar date is a day, not a period: neither its month nor its year is read
  ["Beijing, January 18, 2024", "other:2024-01..2024-01"],
  ["on 18 January 2024", "other:2024-01..2024-01"],
  // the combined first two months, as customs reports them
  ["in January and February", "period:2021-01..2021-02"],
  ["in January-February 2024", "period:2024-01..2024-02"],
  ["Jan-Feb imports", "period:2021-01..2021-02"],
  ["in the first two months", "period:2021-01..2021-02"],
  // two months that are not adjacent are a list, not a range: the first is read alone
  ["in January and March", "period:2021-01..2021-01"],
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

describe("abbreviated months (wire style)", () => {
  it.each([
    ["In Nov. alone, trade rose", "period:2020-11..2020-11"],
    ["in Sept. 2019", "period:2019-09..2019-09"],
    ["in Jan.-May", "period:2021-01..2021-05"],
  ])("%s", (text, expected) => {
    const [p] = findPeriods(text, 0, text.length, ctx);
    expect(`${p.role}:${p.period.start}..${p.period.end}`).toBe(expected);
  });

  it("reads no period from a date ('Jan. 20')", () => {
    expect(findPeriods("on Jan. 20", 0, 10, ctx)).toEqual([]);
  });
});

describe("documents without a known year", () => {
  it.each([
    ["in 2023", "period:2023-01..2023-12"],
    ["the first 11 months of 2023", "period:2023-01..2023-11"],
    ["from January to May 2024", "period:2024-01..2024-05"],
    ["the first 11 months of this year", "unresolved"],
    ["In November alone", "unresolved"],
    ["last year", "unresolved"],
  ])("%s", (text, expected) => {
    const [p] = findPeriods(text, 0, text.length, UNKNOWN_DATE);
    expect(p.role === "unresolved" ? p.role : `${p.role}:${p.period.start}..${p.period.end}`).toBe(
      expected,
    );
  });
});

describe("inferDocumentYear: a report is dated after the periods it states", () => {
  it.each([
    ["Trade hit 231 billion yuan in 2023.", 1, 20, 2024],
    ["Imports rose in the first 11 months of 2023.", 12, 7, 2023],
    ["Exports rose in the first 11 months of 2023.", 11, 7, 2024],
    ["Trade grew in 2022 and in the first half of 2023.", 7, 13, 2023],
    ["Trade will reach 5 trillion yuan by 2030 after 4.9 trillion in 2023.", 2, 2, 2024],
    ["Imports rose in the first 11 months of this year.", 12, 7, null],
  ] as const)("%s (%i/%i) → %s", (text, month, day, year) => {
    expect(inferDocumentYear(text, month, day)).toBe(year);
  });
});
