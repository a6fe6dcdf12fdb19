/**
 * A wire dateline's date read without chrono: "BEIJING, Dec. 7, 2023 --", "HAIKOU, Jan. 20
 * (Xinhua) --", "HANGZHOU, Feb. 2 --".
 *
 * Why: a dateline is the most common way a news report states its date, and chrono's first call
 * in a document costs more than the rest of its metadata (a dateline without a year asked it
 * twice). Exact where it answers: the place holds nothing any of chrono's parsers needs
 * (chrono-parsers.ts), so no result starts there or merges with the date from before; the date
 * is what chrono's month-name parser reads (a month's name as the lexicon and chrono's
 * dictionary both spell it, a day, a year); the double or em dash after it (past an outlet in
 * brackets) is no text any refiner merges across, and an outlet that could be a time zone
 * ("(EST)") is left to chrono. Anything else returns null: ask chrono.
 * test/extract/metadata/dateline-date.test.ts compares with chrono over places, month
 * spellings, days, years, outlets and dashes.
 */
import { lookup } from "../lexicon/lexicon.js";
import { anyParserMayMatch } from "./chrono-parsers.js";
import { type FoundDate, isoDay } from "./dates.js";

/**
 * the place and its comma (DATELINE_PLACE of text-date.ts), the month, the day, the year; then
 * what may follow: an outlet in brackets, and a double or em dash
 */
const DATELINE_DATE =
  /^([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}, )([A-Za-z]+\.?) ([1-9]|[12]\d|3[01])(?:, ([12]\d{3}))?(?=(\s*(?:\(([^)]{1,40})\)\s*)?(?:--|—)))/;

/** letters chrono's time-zone refiner would read out of the brackets ("(EST)", "(CST)") */
const ZONE_LIKE = /^[A-Za-z]{2,4}(?![A-Za-z0-9_])/;

/** a dotted spelling chrono's month dictionary holds: a 3-letter abbreviation or "Sept." */
const DOTTED = /^(?:[A-Za-z]{3}|sept)\.$/i;

/**
 * The dateline's date after its place as chrono reads `line.slice(0, within)`, or null when
 * chrono must be asked (the date and its dash must lie within what chrono would be given).
 */
export function datelineOpening(line: string, within: number): FoundDate | null {
  const m = DATELINE_DATE.exec(line);
  if (!m) return null;
  const [text, place, word, dayText, yearText, tail, outlet] = m;
  if (text.length + tail.length > within) return null;
  if (anyParserMayMatch(place)) return null;
  if (outlet !== undefined && (anyParserMayMatch(outlet) || ZONE_LIKE.test(outlet))) return null;
  const month = monthOf(word);
  if (month === null) return null;
  const day = Number(dayText);
  const year = yearText === undefined ? null : Number(yearText);
  if (year !== null && (year < 1990 || year > 2099)) return null;
  // a day that exists in every year (February 29th is left to chrono's choice of a year)
  if (isoDay(year ?? 2001, month, day) === null) return null;
  const date = year === null ? null : isoDay(year, month, day);
  return { date, year, month, day, start: place.length, end: text.length };
}

/** The month of a name or abbreviation both the lexicon and chrono know, else null. */
function monthOf(word: string): number | null {
  if (word.endsWith(".") && (!DOTTED.test(word) || /^may\.$/i.test(word))) return null;
  const sense = lookup(word).find((s) => s.entry.cls === "month");
  return sense ? Number(sense.entry.value) : null;
}
