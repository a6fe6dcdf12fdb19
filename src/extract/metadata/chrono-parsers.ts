/**
 * chrono-node's strict English configuration, with only the parsers that can match a string.
 *
 * Why: chrono runs every parser's regular expression over the whole string, and a document's
 * first call costs far more than the rest of its metadata. A parser whose every match holds
 * something the string lacks (a month's name, a slash, a time unit) finds nothing in it; a
 * parser that finds nothing adds no result for the refiners to merge, drop or sort, so leaving
 * it out changes nothing. The refiners are chrono's, all of them, in their order.
 * test/extract/metadata/chrono-parsers.test.ts checks each need against chrono's patterns and
 * dictionaries, and the result against `chrono.strict` over many strings.
 */
import { Chrono, strict } from "chrono-node";

/** the three letters every month name of chrono's dictionary starts with */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * What every match of each strict parser's pattern holds, by the parser's class name. A parser
 * not named here is always run.
 */
export const PARSER_NEEDS: Readonly<Record<string, RegExp>> = {
  // "2023-10-24", "2023 Oct 24": four digits and a separator
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  // "2023-10-24T10:00"
  ISOFormatParser: /\d-\d/,
  // "10/24/2023", "24.10.2023", "10-24"
  SlashDateFormatParser: /\d[-./]\d/,
  // "within 3 days", "3 days ago", "3 days later": a time unit written out (strict mode)
  ENTimeUnitWithinFormatParser: /second|minute|hour|day|week|month|quarter|year/i,
  ENTimeUnitAgoFormatParser: /second|minute|hour|day|week|month|quarter|year/i,
  ENTimeUnitLaterFormatParser: /second|minute|hour|day|week|month|quarter|year/i,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENYearMonthNameParser: MONTH,
  // a weekday's name or abbreviation, "weekend", "weekday"
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  // "10/2023"
  ENSlashMonthFormatParser: /\d\//,
  // "10 a.m.", "16:05": every time starts with a digit
  ENTimeExpressionParser: /\d/,
};

const PARSERS = strict.parsers;
const NEEDS = PARSERS.map((p) => PARSER_NEEDS[p.constructor.name] ?? null);
/** one configuration per set of parsers that can match, made on its first need */
const bySet = new Map<number, Chrono>();

/** Whether some strict parser may find something in `s` (else chrono finds nothing in it). */
export function anyParserMayMatch(s: string): boolean {
  return NEEDS.some((need) => need === null || need.test(s));
}

/** A chrono with strict's refiners and those of its parsers that can match `s`. */
export function chronoFor(s: string): Chrono {
  let set = 0;
  for (let i = 0; i < NEEDS.length; i++) {
    const need = NEEDS[i];
    if (need === null || need.test(s)) set |= 1 << i;
  }
  let chrono = bySet.get(set);
  if (!chrono) {
    const parsers = PARSERS.filter((_, i) => (set & (1 << i)) !== 0);
    chrono = new Chrono({ parsers, refiners: strict.refiners });
    bySet.set(set, chrono);
  }
  return chrono;
}
