/**
 * A bare date after page furniture ("Xinhua | Updated: April 18, 2023") is read without chrono:
 * exactly as chrono reads the whole line, for every head, label and separator below, and every
 * date of 2023 and 2024 and three days of each year from 1990 to 2099, with and without a time
 * of day, under some of them.
 */
import { describe, expect, it } from "vitest";
import { chronoDates, isoDay } from "../../../src/extract/metadata/dates.js";
import { headedBareDate } from "../../../src/extract/metadata/text-date.js";

const SEGMENTS = [
  "",
  "Xinhua | ",
  "chinadaily.com.cn | ",
  "By Wang Lin in Guangzhou | chinadaily.com.cn | ",
  "Source: Xinhua | Editor: Zhang Wei | ",
  "Guangzhou | ",
  "Beijing on | ",
  "the first of | ",
  "at | ",
];
/** words closed by a comma (no label after them) */
const COMMA_HEADS = [
  "Beijing, ",
  "Released by the General Administration of Customs, ",
  "Xinhua | Beijing, ",
  "the first, ",
  "at, ",
  "BEIJING, ",
];
const LABELS = [
  "",
  ...["Last Updated", "Updated", "Update", "Published", "Posted", "Dated", "Date", "Released"],
  ...["Release", "Release Date", "Release Time", "Issued", "Publication Date", "Time"],
].flatMap((l) => (l ? [`${l}: `, `${l}:`, `${l.toUpperCase()}: `] : [""]));
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"];
MONTHS.push("September", "October", "November", "December");

function bareDates(): string[] {
  const out: string[] = [];
  const add = (y: number, m: number, d: number) => {
    const iso = isoDay(y, m, d);
    if (!iso) return;
    const named = `${MONTHS[m - 1]} ${d}, ${y}`;
    out.push(
      named,
      iso,
      `10 a.m. ${named}`,
      `9:30 p.m. ${named}`,
      `${iso} 16:05`,
      `${iso} 10:22:31`,
    );
  };
  for (const y of [2023, 2024])
    for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) add(y, m, d);
  for (let y = 1990; y <= 2099; y++)
    for (const [m, d] of [
      [1, 1],
      [2, 29],
      [12, 31],
    ])
      add(y, m, d);
  return out;
}

describe("headedBareDate", () => {
  it("reads every headed bare date exactly as chrono reads the line", () => {
    const dates = bareDates();
    const heads = SEGMENTS.flatMap((s) => LABELS.map((l) => s + l)).filter((h) => h !== "");
    heads.push(...COMMA_HEADS.flatMap((h) => [h, h, h, h, h, h, h, h, h, h]));
    // each head under every 61st date, from its own offset: every date is tried under some head
    const differ: string[] = [];
    heads.forEach((head, h) => {
      for (let i = h % 61; i < dates.length; i += 61) {
        const line = head + dates[i];
        const found = headedBareDate(line);
        const chrono = chronoDates(line);
        if (!found || chrono.length !== 1 || JSON.stringify(found) !== JSON.stringify(chrono[0]))
          differ.push(line);
      }
    });
    expect(heads.length * Math.floor(dates.length / 61)).toBeGreaterThan(40_000);
    expect(differ).toEqual([]);
  });

  it.each([
    ["no head (the bare date is read as it is)", "April 12, 2024"],
    ["a digit in the head", "Page 2 | April 12, 2024"],
    ["a date in the head", "March 3 | Updated: April 12, 2024"],
    ["an ordinal and a month in the head", "the first of March | April 12, 2024"],
    ["a weekday before a comma", "Monday, April 12, 2024"],
    ["a weekday before a bar", "Monday | April 12, 2024"],
    [
      "a time unit (chrono merges 'within a few days, 10 a.m. …')",
      "within a few days, 10 a.m. May 24, 2023",
    ],
    ["a time unit before a bar", "within a few days | April 12, 2024"],
    ["a weekday in a comma's segment", "Beijing on Tuesday, April 12, 2024"],
    ["a month word before a comma", "Trade data for March, April 12, 2024"],
    ["words after the date", "Updated: April 12, 2024 10:05"],
    ["a label not in the list", "Printed: April 12, 2024"],
  ])("leaves other lines to chrono: %s", (_what, line) => {
    expect(headedBareDate(line)).toBeNull();
  });
});
