/**
 * The cheap test that spares chrono the lines that state no date: it must never hide a date
 * chrono finds (findDates would silently lose it), and it must skip plain prose.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { surfacesOf } from "../../../src/extract/lexicon/lexicon.js";
import {
  bareDate,
  chronoDates,
  findDates,
  isoDay,
  mayStateDate,
  ORDINAL_STEMS,
} from "../../../src/extract/metadata/dates.js";

/** [what it shows, string, whether chrono could find a month and day in it] */
const CASES: Array<[string, string, boolean]> = [
  ["a month name and day", "April 12, 2024", true],
  ["an abbreviation with its dot", "BEIJING, Dec. 7, 2023 --", true],
  ["upper case", "UPDATED: MAY 1", true],
  ["day before month", "25th January 2018", true],
  ["a day glued to the month", "HAIKOU, Jan5 --", true],
  ["a month glued to the day", "5jan", true],
  ["an ordinal word for the day", "January first", true],
  ["an ordinal word glued to the month", "Januaryfirst", true],
  ["a year and month name", "2023-Oct-24", true],
  ["an ISO day", "2023-04-26", true],
  ["an ISO day with one-digit day", "2023-4-6", true],
  ["numbers with spaces", "2023 10 24", true],
  ["a slash date", "Release Date:11/11/2020", true],
  ["a slash without year", "on 10/24 the office", true],
  ["dotted day, month and year", "24.10.2023", true],
  ["a decimal is no date", "exports rose 5.3 percent to 86.4 billion yuan", false],
  ["a year alone", "China-Africa trade hits record high in 2023", false],
  ["month letters inside words", "market decline in the marine sector, 2023", false],
  ["no month and no numeric date", "SCIO briefing on trade in the first half of 2021", false],
  ["a relative phrase (dropped by findDates anyway)", "within 3 days", false],
  ["a range of month names", "Customs statistics release: January-June 2024", false],
  ["a month and its year", "exports in June 2024 rose", false],
  ["a month's name inside a longer one (Jun-e)", "in June, exports rose", false],
  ["an ordinal far from the month", "the first half of May", false],
  ["three digits after the month", "March 123 tonnes", false],
];

/** what chrono finds of a stated month and day in `s` (relative phrases dropped, as findDates does) */
function chronoMonthDays(s: string) {
  return chrono.strict
    .parse(s, new Date(Date.UTC(2000, 0, 1)))
    .filter((r) => ![...r.tags()].some((t) => t.startsWith("result/relative")))
    .filter((r) => r.start.isCertain("month") && r.start.isCertain("day"));
}

/** month words in chrono's spellings and cases, amid what can stand before and after a day */
function monthContexts(): string[] {
  const months = ["January", "jan", "Jan.", "FEB", "March", "Mar.", "May", "June", "Jun"];
  months.push("july", "Aug.", "Sept", "Sept.", "sep.", "Oct", "Nov.", "DECEMBER", "Dec");
  const before = ["", "on ", "7 ", "7", "07-", "7th of ", "seventh ", "first of ", "2023 "];
  before.push("2023-", "2023.", "2023/", "12 to 14 ", "the 3rd-", "in ", "mid-", "half of ");
  const after = ["", " 7", "7", " 07", ".7", "-7", "/7", " , 7", " 7th", " first", "first"];
  after.push(" twenty-first", " 2024", " 123", "-June", " and", ", 2024", " 7, 2024", "e");
  after.push(" 7 to 9", " seventh of", " 10 a.m.", " 2nd 2024");
  return months.flatMap((m) => before.flatMap((b) => after.map((a) => `x ${b}${m}${a} y`)));
}

describe("mayStateDate", () => {
  it.each(CASES)("%s", (_what, s, expected) => {
    expect(mayStateDate(s)).toBe(expected);
  });

  it.each(CASES.filter((c) => !c[2]))("chrono finds no date where it says none: %s", (_w, s) => {
    expect(chronoMonthDays(s)).toEqual([]);
    expect(findDates(s)).toEqual([]);
  });

  it("never hides a month and day chrono finds beside a month's name", () => {
    const strings = monthContexts();
    expect(strings.length).toBeGreaterThan(7000);
    const hidden = strings.filter((s) => !mayStateDate(s) && chronoMonthDays(s).length > 0);
    expect(hidden).toEqual([]);
    // and it does skip month names chrono reads no day beside
    expect(strings.filter((s) => !mayStateDate(s)).length).toBeGreaterThan(500);
  });

  it("knows every month word and ordinal stem of chrono's English dictionaries", async () => {
    // chrono does not export its dictionaries: read them from the installed package
    const main = createRequire(import.meta.url).resolve("chrono-node");
    const constants = join(dirname(main), "..", "esm", "locales", "en", "constants.js");
    const { MONTH_DICTIONARY, ORDINAL_WORD_DICTIONARY } = await import(
      pathToFileURL(constants).href
    );
    const months = new Set(surfacesOf("month").map((w) => w.replace(/[\s.]+/g, "")));
    const missing = Object.keys(MONTH_DICTIONARY).filter((k) => !months.has(k.replace(/\.$/, "")));
    expect(missing).toEqual([]);
    const stems = new Set(Object.keys(ORDINAL_WORD_DICTIONARY).map((w) => w.slice(0, 3)));
    expect([...stems].filter((c) => !ORDINAL_STEMS.includes(c))).toEqual([]);
  });
});

describe("bareDate", () => {
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"];
  MONTHS.push("September", "October", "November", "December");

  it("reads every bare date line exactly as chrono does", () => {
    const differ: string[] = [];
    for (let year = 1990; year <= 2099; year++)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++) {
          const iso = isoDay(year, month, day);
          if (!iso) continue;
          for (const s of [`${MONTHS[month - 1]} ${day}, ${year}`, iso]) {
            const chrono = chronoDates(s);
            const bare = bareDate(s);
            if (!bare || chrono.length !== 1 || JSON.stringify(bare) !== JSON.stringify(chrono[0]))
              differ.push(s);
          }
        }
    expect(differ).toEqual([]);
  });

  it("reads a time of day with the date exactly as chrono merges them", () => {
    const named: string[] = [];
    const iso: string[] = [];
    for (let year = 1990; year <= 2099; year++)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++) {
          const d = isoDay(year, month, day);
          if (d) named.push(`${MONTHS[month - 1]} ${day}, ${year}`);
          if (d) iso.push(d);
        }
    const twoDigits = (n: number) => String(n).padStart(2, "0");
    const lines: string[] = [];
    // every time of day, each with 8 dates spread over the years from its own offset
    const spread = (times: string[], dates: string[], line: (t: string, d: string) => string) =>
      times.forEach((t, i) => {
        for (let k = 0; k < 12; k++)
          lines.push(line(t, dates[(i * 7919 + k * 6733) % dates.length]));
      });
    const clock12: string[] = [];
    for (let h = 1; h <= 12; h++)
      for (const m of ["", ...Array.from({ length: 60 }, (_, i) => `:${twoDigits(i)}`)])
        clock12.push(`${h}${m} a.m.`, `${h}${m} p.m.`);
    spread(clock12, named, (t, d) => `${t} ${d}`);
    const clock24: string[] = [];
    for (let h = 0; h < 24; h++)
      for (let m = 0; m < 60; m++) {
        clock24.push(`${twoDigits(h)}:${twoDigits(m)}`);
        clock24.push(`${twoDigits(h)}:${twoDigits(m)}:${twoDigits((h * 7 + m) % 60)}`);
      }
    spread(clock24, iso, (t, d) => `${d} ${t}`);
    const differ = lines.filter((s) => {
      const chrono = chronoDates(s);
      const bare = bareDate(s);
      return !bare || chrono.length !== 1 || JSON.stringify(bare) !== JSON.stringify(chrono[0]);
    });
    expect(lines.length).toBeGreaterThan(30_000);
    expect(differ).toEqual([]);
  });

  it.each([
    ["a day that does not exist", "April 31, 2024"],
    ["an abbreviation", "Sept 5, 2024"],
    ["lower case", "april 12, 2024"],
    ["a leading zero", "April 05, 2024"],
    ["a year before 1990", "1989-01-01"],
    ["a year after 2099", "June 3, 2100"],
    ["a short ISO month", "2024-4-05"],
    ["words around the date", "Updated: April 12, 2024"],
    ["a time after a named date", "April 12, 2024 10:05"],
    ["a time before an ISO date", "10 a.m. 2024-04-12"],
    ["an hour that does not exist", "2024-04-12 24:00"],
    ["a time without its dots", "10 am April 12, 2024"],
  ])("leaves other strings to chrono: %s", (_what, s) => {
    expect(bareDate(s)).toBeNull();
  });
});
