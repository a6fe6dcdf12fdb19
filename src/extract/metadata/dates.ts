/**
 * Absolute calendar dates in free text, through chrono-node.
 *
 * Why a library: dates are written in dozens of ways ("Dec. 7, 2023", "25th January 2018",
 * "2023-10-24 16:05", "11/11/2020", "Tue 14th July 2020"), and chrono-node already parses them
 * and refuses days that do not exist (February 30th). Its strict mode reads only stated dates:
 * "2 minutes ago" and "next Friday" are relative and never a document's date, so they are
 * dropped here. The metadata readers decide which of the dates found is the document's.
 */
import { lookup, surfacesOf } from "../lexicon/lexicon.js";
import { chronoFor } from "./chrono-parsers.js";

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
  if (!mayStateDate(s)) return [];
  const bare = bareDate(s);
  return bare ? [bare] : chronoDates(s);
}

/** `findDates` as chrono reads it. */
export function chronoDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const r of chronoFor(s).parse(s, REFERENCE)) {
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
 * only in results of the month-name parsers, of the numeric ones ("2023-10-24", "2023 10 24",
 * "10/24", "24.10.2023": digits, a separator, one or two digits, a separator and a digit; or a
 * slash between digits) and of relative phrases ("within 3 days"), which `findDates` drops.
 * A month-name parser's day stands next to the month's name: after it, past separators, one or
 * two digits that no third follows, or an ordinal word ("Jan. 7", "March 7th", "May first",
 * "2023-Oct-24"); or before it, ending in a digit or an ordinal's ending, then "of" or a
 * separator ("7 March", "7th of March", "seventh of March"). A month's name with neither ("in
 * January-June 2024", "in June 2024", "the first half of May") gives no day. Refiners only
 * merge such results or add times, weekdays and years. test/extract/metadata/dates.test.ts
 * checks the month and ordinal words against chrono's own dictionaries, and the test against
 * chrono over many strings.
 */
export function mayStateDate(s: string): boolean {
  return NUMERIC_DATE.test(s) || monthDayPattern().test(s);
}

const NUMERIC_DATE = /\d\/\d|\d[-./\s]\d{1,2}[-./\s]\d/;

/** how chrono's ordinal day words begin ("first" … "twelfth" … "thirty-first") */
export const ORDINAL_STEMS = "fir sec thi fou fif six sev eig nin ten ele twe".split(" ");

let monthDay: RegExp | null = null;

/** A month's name or abbreviation (the lexicon's) with a day a date parser can read beside it. */
function monthDayPattern(): RegExp {
  if (monthDay) return monthDay;
  const words = new Set(surfacesOf("month").map((w) => w.replace(/[\s.]+/g, "")));
  const month = `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;
  // separators any month-name parser allows between the month's name and its day
  const sep = "[\\s.,/-]*";
  const dayAfter = `${month}${sep}(?:\\d{1,2}(?!\\d)|${ORDINAL_STEMS.join("|")})`;
  const dayBefore = `(?:\\d|st|nd|rd|th)${sep}(?:of)?${sep}${month}`;
  monthDay = new RegExp(`${dayAfter}|${dayBefore}`, "i");
  return monthDay;
}

/**
 * A date line that is the date alone, "April 12, 2024" or "2024-04-12", read without chrono;
 * a time of day may stand before the first ("10 a.m. April 12, 2024") or after the second
 * ("2024-04-12 16:05"), within the date's words as chrono merges them.
 *
 * Why: chrono's first call in a document costs ~0.3 ms (its code has left the processor's
 * caches by then), more than the rest of the metadata; a bare date line is the most common
 * way a document states its date. Exact: for every string of these two shapes (a month's full
 * name as the lexicon writes it, a day without a leading zero; or ISO digits), a day that
 * exists and a year from 1990 to 2099, chrono finds just this date over the whole string
 * (test/extract/metadata/dates.test.ts checks every one of them, and every time of day with a
 * sample of the dates). Anything else goes to chrono.
 */
export function bareDate(s: string): FoundDate | null {
  const named = BARE_NAMED.exec(s);
  const iso = named ? null : BARE_ISO.exec(s);
  if (!named && !iso) return null;
  const month = named ? monthOfName(named[1]) : Number(iso?.[2]);
  const day = Number(named ? named[2] : iso?.[3]);
  const year = Number(named ? named[3] : iso?.[1]);
  if (month === null || year < 1990 || year > 2099) return null;
  const date = isoDay(year, month, day);
  return date ? { date, year, month, day, start: 0, end: s.length } : null;
}

/** "April 12, 2024", after a time of day "10 a.m. " or "9:30 p.m. " (chrono merges the two) */
const BARE_NAMED =
  /^(?:(?:1[0-2]|[1-9])(?::[0-5]\d)? [ap]\.m\. )?([A-Z][a-z]+) ([1-9]|[12]\d|3[01]), (\d{4})$/;
/** "2024-04-12", before a time of day " 16:05" or " 10:22:31" (chrono merges the two) */
const BARE_ISO = /^(\d{4})-(\d{2})-(\d{2})(?: (?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?$/;

/** The number of a month written as the lexicon's lemma ("May", "September"), else null. */
function monthOfName(word: string): number | null {
  const sense = lookup(word).find((x) => x.entry.cls === "month" && x.entry.lemma === word);
  return sense ? Number(sense.entry.value) : null;
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
