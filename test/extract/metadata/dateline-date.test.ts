/**
 * A dateline's date read without chrono: where it answers, chrono must read the same date at
 * the same place (else a document's date would change); it must answer for the common wire
 * shapes, and leave to chrono what chrono could read differently.
 */
import { describe, expect, it } from "vitest";
import { datelineOpening } from "../../../src/extract/metadata/dateline-date.js";
import { chronoDates } from "../../../src/extract/metadata/dates.js";

/** [what it shows, line, the date read (month-day when no year), or null for "ask chrono"] */
const CASES: Array<[string, string, string | null]> = [
  ["a dateline with its year", "BEIJING, Dec. 7, 2023 -- China imported", "2023-12-07"],
  ["an outlet in brackets, no year", "HAIKOU, Jan. 20 (Xinhua) -- The trade", "01-20"],
  ["no year, no outlet", "HANGZHOU, Feb. 2 -- Imports and exports", "02-02"],
  ["a full month name and an em dash", "Beijing, March 5, 2024 — Trade rose", "2024-03-05"],
  ["a place of two words", "NEW YORK, Sept. 30 (Reuters) -- Stocks", "09-30"],
  ["a place a parser reads (a weekday)", "MONDAY, Dec. 7, 2023 -- text", null],
  ["a place with a month's letters", "MARSEILLE, Dec. 7 -- text", null],
  ["a single dash (a range may follow)", "BEIJING, Dec. 7 - 9 talks", null],
  ["an outlet that may be a time zone", "BEIJING, Dec. 7 (EST) -- text", null],
  ["a full name with a dot", "BEIJING, May. 7 -- text", null],
  ["a day that does not exist", "BEIJING, Feb. 30 -- text", null],
  ["February 29th without a year", "BEIJING, Feb. 29 -- text", null],
  ["a year before 1990", "BEIJING, Dec. 7, 1989 -- text", null],
  ["no dash after the date", "BEIJING, Dec. 7, 2023, China imported", null],
  ["no place", "Dec. 7, 2023 -- China imported", null],
];

describe("datelineOpening", () => {
  it.each(CASES)("%s", (_what, line, expected) => {
    const d = datelineOpening(line, line.length);
    const read = d && (d.date ?? `${pad(d.month)}-${pad(d.day)}`);
    expect(read).toBe(expected);
  });

  it("answers only when the date and its dash lie within what chrono is given", () => {
    const line = "HAIKOU, Jan. 20 (Xinhua) -- The trade";
    expect(datelineOpening(line, 27)).not.toBeNull();
    expect(datelineOpening(line, 26)).toBeNull();
  });

  it("reads every dateline it answers for exactly as chrono reads the line", () => {
    const lines = datelines();
    const answered = lines.filter((l) => datelineOpening(l, l.length) !== null);
    expect(lines.length).toBeGreaterThan(20_000);
    expect(answered.length).toBeGreaterThan(4_000);
    const differ = answered.filter((line) => {
      const ours = datelineOpening(line, line.length);
      const place = line.indexOf(", ") + 2;
      const chrono = chronoDates(line).find((d) => d.start === place);
      return JSON.stringify(ours) !== JSON.stringify(chrono);
    });
    expect(differ).toEqual([]);
  });
});

const pad = (n: number) => String(n).padStart(2, "0");

/** places, month spellings, days, years, outlets, dashes and what follows, combined */
function datelines(): string[] {
  const places = ["BEIJING", "HAIKOU", "St. Louis", "NEW YORK", "Hong Kong", "RIO DE JANEIRO"];
  places.push("MARSEILLE", "SUNNYVALE", "Geneva");
  const months = ["Jan.", "JAN.", "Jan", "January", "Feb.", "Mar.", "March", "March.", "Apr."];
  months.push("April", "May", "May.", "June", "June.", "Jun.", "July", "Jul.", "Aug.", "August");
  months.push("Sept.", "Sept", "Sep.", "sept.", "Oct.", "October", "Nov.", "Dec.", "December");
  months.push("Decem", "Febr.");
  const days = Array.from({ length: 31 }, (_, i) => String(i + 1));
  days.push("07", "3rd", "0");
  const years = ["", ", 2023", ", 1989", ", 2099", ", 2100", " 2023", ",2023"];
  const tails = [" --", " —", "--", " (Xinhua) --", " (Xinhua)--", " (AFP) --", " (EST) --"];
  tails.push(" (CST) --", " (GMT+8) --", " (Sun) --", " (Chinadaily.com.cn) —", " -", " –");
  const rests = [" The trade rose", " 10 a.m. talks", " 2023 was", " Jan. 25, trade", ""];
  rests.push(" to June 5", " 3 days later", " EST rates");
  const out: string[] = [];
  let k = 0;
  for (const place of places)
    for (const month of months)
      for (const tail of tails)
        for (const rest of rests) {
          k++;
          const day = days[(k * 7) % days.length];
          const year = years[(k * 13) % years.length];
          out.push(`${place}, ${month} ${day}${year}${tail}${rest}`);
        }
  // every day of every month spelling, with and without a year
  for (const month of months)
    for (const day of days)
      for (const year of ["", ", 2024"]) out.push(`BEIJING, ${month} ${day}${year} -- text`);
  return out;
}
