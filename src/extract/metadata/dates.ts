/**
 * Absolute calendar dates in free text, through chrono-node.
 *
 * Why a library: dates are written in dozens of ways ("Dec. 7, 2023", "25th January 2018",
 * "2023-10-24 16:05", "11/11/2020", "Tue 14th July 2020"), and chrono-node already parses them
 * and refuses days that do not exist (February 30th). Its strict mode reads only stated dates:
 * "2 minutes ago" and "next Friday" are relative and never a document's date, so they are
 * dropped here. The metadata readers decide which of the dates found is the document's.
 */
import * as chrono from "chrono-node";
import { surfacesOf } from "../lexicon/lexicon.js";

export interface FoundDate {
  /** YYYY-MM-DD when the year is stated, else null (`month` and `day` still set) */
  date: string | null;
  year: number | null;
  month: number;
  day: number;
  /** where the date's words start and end in the string searched */
  start: number;
  end: number;
}

// a fixed reference: with strict parsing and relative results dropped, it never shows through
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Every date with a stated month and day in `s`, in order; relative expressions left out. */
export function findDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  if (!mayStateDate(s)) return out;
  for (const r of chrono.strict.parse(s, REFERENCE)) {
    if (isRelative(r.tags())) continue;
    const c = r.start;
    if (!c.isCertain("month") || !c.isCertain("day")) continue;
    const year = c.isCertain("year") ? (c.get("year") ?? null) : null;
    const month = c.get("month") ?? 0;
    const day = c.get("day") ?? 0;
    out.push({
      date: year === null ? null : isoDay(year, month, day),
      year,
      month,
      day,
      start: r.index,
      end: r.index + r.text.trimEnd().length,
    });
  }
  return out;
}

function isRelative(tags: Set<string>): boolean {
  for (const t of tags) if (t.startsWith("result/relative")) return true;
  return false;
}

/**
 * Whether chrono's strict English parsers could read a stated month and day in `s`; when
 * false, `findDates(s)` is empty, so chrono (a dozen regexes over the whole string) is skipped.
 *
 * Why this is exact: in chrono-node 2.x's strict configuration a month and a day are certain
 * only in results of the month-name parsers ("Jan. 7", "7th of March", "2023-Oct-24": a month
 * name followed by a non-word character, a digit, or an ordinal word such as "first"), of the
 * numeric ones ("2023-10-24", "2023 10 24", "10/24", "24.10.2023": digits, a separator, one or
 * two digits, a separator and a digit; or a slash between digits) and of relative phrases
 * ("within 3 days"), which `findDates` drops. Refiners only merge such results or add times,
 * weekdays and years. test/extract/metadata/dates.test.ts checks the month and ordinal words
 * against chrono's own dictionaries.
 */
export function mayStateDate(s: string): boolean {
  return NUMERIC_DATE.test(s) || monthNamePattern().test(s);
}

const NUMERIC_DATE = /\d\/\d|\d[-./\s]\d{1,2}[-./\s]\d/;

/** the letters chrono's ordinal day words begin with ("first" … "twelfth" … "thirty-first") */
export const ORDINAL_INITIALS = "efnst";

let monthName: RegExp | null = null;

/** A month's name or abbreviation (the lexicon's), then what a date parser lets follow it. */
function monthNamePattern(): RegExp {
  if (monthName) return monthName;
  const words = new Set(surfacesOf("month").map((w) => w.replace(/[\s.]+/g, "")));
  const alternatives = [...words].sort((a, b) => b.length - a.length).join("|");
  monthName = new RegExp(`(?:${alternatives})(?=[^A-Za-z_]|$|[${ORDINAL_INITIALS}])`, "i");
  return monthName;
}

/** The first date with a year in `s`, as YYYY-MM-DD, or null. */
export function firstFullDate(s: string): string | null {
  return findDates(s).find((d) => d.date !== null)?.date ?? null;
}

/** YYYY-MM-DD for a day that exists in the Gregorian calendar (years 1900-2199), else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day)
    return null;
  return t.toISOString().slice(0, 10);
}

/**
 * The last day a document can carry at `now`: tomorrow in UTC, because a page published in
 * Beijing early in the morning is dated a day ahead of Greenwich.
 */
export function latestDocumentDay(now: Date): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}
