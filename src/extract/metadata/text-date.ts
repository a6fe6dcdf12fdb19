/**
 * The date a text states for itself, near its top: a date line ("April 12, 2024",
 * "Beijing | 10 a.m. July 30, 2024"), a labelled line ("Updated: 2021-10-19 09:09",
 * "Release Date:11/11/2020"), a wire dateline ("BEIJING, Dec. 7, 2023 --", "HAIKOU, Jan. 20
 * (Xinhua) --") or a bracketed stamp ("(2023-05-11)").
 *
 * Why only these: the date of an event in the body ("On Jan. 1, 2022, the agreement came into
 * force", a photo "taken on March 28, 2020") is not the document's date, and prose states such
 * dates all the time. A prose line (long, or a sentence ending in a full stop) is read only
 * through a label or a dateline at its start. A dateline without a year gives month and day;
 * the year is then inferred from the periods the text states (dateline-year.ts).
 */

import { anyParserMayMatch } from "./chrono-parsers.js";
import { datelineOpening } from "./dateline-date.js";
import { inferDocumentYear } from "./dateline-year.js";
import { bareDate, type FoundDate, findDates, isoDay } from "./dates.js";

/** how many non-empty lines from the top may date the text */
const TOP_LINES = 12;
/** a line longer than this is prose, not a date line */
const DATE_LINE_MAX = 80;
const LABELLED_LINE_MAX = 200;
/** how much of a line is searched (a bracketed stamp can close a long headline) */
const SCANNED_LINE_MAX = 1000;
/** how much of a line is searched for a dateline's date without a year */
const DATELINE_SCANNED = 120;

/** Labels of page metadata that a publication date follows. */
const LABEL_WORDS =
  "(?:Last Updated|Updated|Update|Published|Posted|Dated|Date|Released|Release(?: Date| Time)?|Issued|Publication Date|Time)";
/** a label opens the line or a segment of it ("Xinhua | Updated: …"), or a colon follows it */
const DATE_LABEL = new RegExp(
  `(?:^|[|(\\[·•]\\s*)${LABEL_WORDS}\\b|\\b${LABEL_WORDS}\\s*[:：]`,
  "i",
);
/** "BEIJING, " / "HAIKOU, " / "Beijing, ": a place and a comma opening a line */
const DATELINE_PLACE = /^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}, /;
/** what may follow a dateline's date: "(Xinhua)", then a dash */
const DATELINE_TAIL = /^\s*(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-)/;

export interface TextDate {
  /** YYYY-MM-DD, or null when the text states none */
  date: string | null;
}

/** The document date the text states, with the year of a year-less dateline inferred. */
export function readTextDate(text: string): TextDate {
  const lines = topLines(text);
  for (const [i, line] of lines.entries()) {
    const date = lineDate(line, i === 0);
    if (date) return { date };
  }
  for (const line of lines) {
    const md = datelineMonthDay(line);
    if (!md) continue;
    const year = inferDocumentYear(text, md.month);
    return { date: year === null ? null : isoDay(year, md.month, md.day) };
  }
  return { date: null };
}

/** The first non-empty lines, trimmed; the text is scanned only as far as they reach. */
function topLines(text: string): string[] {
  const out: string[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let from = 0;
  while (out.length < TOP_LINES && from <= text.length) {
    const m = lineBreak.exec(text);
    const line = text.slice(from, m ? m.index : text.length).trim();
    if (line) out.push(line);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

/** A full date this line states as the document's, or null. */
export function lineDate(line: string, isTitle: boolean): string | null {
  // every absolute date has a digit (a day or a year): most lines are skipped before chrono
  if (!/\d/.test(line) || !mayDateDocument(line)) return null;
  const headed = headedBareDate(line);
  const dateline = headed ? undefined : datelineWithoutChrono(line);
  if (dateline !== undefined) return dateline;
  const dates = headed
    ? [headed]
    : findDates(line.slice(0, SCANNED_LINE_MAX)).filter((d) => d.date);
  if (dates.length === 0) return null;
  // a labelled stamp: the first date after the label
  const label = DATE_LABEL.exec(line);
  if (label && line.length <= LABELLED_LINE_MAX) {
    const after = dates.find((d) => d.start >= label.index + label[0].length);
    if (after) return after.date;
  }
  // a wire dateline with its year: "BEIJING, Dec. 7, 2023 --"
  const stated = datelineDate(line, dates);
  if (stated) return stated.date;
  // a bracketed stamp opening or closing the line: "[2016-08-17 15:28:47]", "…?(2023-05-11)"
  const bracketed = dates.find((d) => {
    const open = /[([]\s*$/.exec(line.slice(0, d.start));
    const close = /^[^()[\]]{0,12}[)\]]/.exec(line.slice(d.end));
    if (!open || !close) return false;
    return open.index === 0 || d.end + close[0].length === line.length;
  });
  if (bracketed) return bracketed.date;
  // a short line that is not a sentence; the title line only when it is the date alone
  if (line.length > DATE_LINE_MAX || /\.$/.test(line)) return null;
  if (isTitle && residue(line, dates).length > 0) return null;
  return dates[0].date;
}

/**
 * What `lineDate` answers for a wire dateline whose date is read without chrono
 * (dateline-date.ts), or undefined when chrono must read the line. Only where no label can
 * take a date first: a dateline with its year is then the line's date; one without a year
 * dates nothing in a line no other reading takes (long or a sentence, no bracket closing it),
 * whatever other dates the line holds.
 */
function datelineWithoutChrono(line: string): string | null | undefined {
  if (line.length <= LABELLED_LINE_MAX && DATE_LABEL.test(line)) return undefined;
  const d = datelineOpening(line, SCANNED_LINE_MAX);
  if (!d) return undefined;
  if (d.date) return d.date;
  const closed = /[)\]]$/.test(line);
  return !closed && (line.length > DATE_LINE_MAX || line.endsWith(".")) ? null : undefined;
}

/**
 * A bare date after page furniture, read without chrono: "Updated: November 7, 2023",
 * "Guangzhou | July 16, 2024", "Xinhua | Updated: April 18, 2023", "Beijing, January 18, 2024".
 *
 * Why exact: the head (segments closed by " | ", then a label and its colon or words and a
 * comma) holds nothing any of chrono's parsers needs to find a result (no digit, month or
 * weekday name, time unit: chrono-parsers.ts), so chrono finds nothing in it to merge with the
 * date; no parser's pattern reaches back over "|", a comma or a label's word into the head, so
 * the date chrono finds is the bare date's, moved by the
 * head's length (test/extract/metadata/text-date-heads.test.ts compares with chrono over heads,
 * labels and dates).
 */
export function headedBareDate(line: string): FoundDate | null {
  // a bare date ends in a digit (its year or its time): prose and datelines are not searched
  const last = line.charCodeAt(line.length - 1);
  if (!(last >= 48 && last <= 57)) return null;
  const head = DATE_HEAD.exec(line);
  // no parser of chrono's can find anything in the head: no result there to merge with ours
  if (!head || head[0].length === 0 || anyParserMayMatch(head[0])) return null;
  const bare = bareDate(line.slice(head[0].length));
  if (!bare) return null;
  const shift = head[0].length;
  return { ...bare, start: bare.start + shift, end: bare.end + shift };
}

/**
 * segments closed by " | ", then a label and its colon or words and a comma ("Beijing, "); no
 * digit (chrono's times need one)
 */
const DATE_HEAD = new RegExp(`^(?:[^\\d|]* \\| )*(?:${LABEL_WORDS}: ?|[^\\d|,]*, )?`, "i");

/**
 * Whether one of the readings of `lineDate` can take a date from this line at all: a short
 * line that is no sentence, a labelled line, a wire dateline or a bracket. Prose lines are
 * refused here, before chrono is asked (a first call in a document costs far more than a regex).
 */
function mayDateDocument(line: string): boolean {
  return (
    (line.length <= DATE_LINE_MAX && !line.endsWith(".")) ||
    (line.length <= LABELLED_LINE_MAX && DATE_LABEL.test(line)) ||
    mayBeDateline(line) ||
    BRACKET_AT_AN_END.test(line)
  );
}

/** a bracketed stamp opens or closes the line */
const BRACKET_AT_AN_END = /^[([]|[)\]]$/;

/** A place and a comma opening the line, and the dash a dateline's date is followed by. */
function mayBeDateline(line: string): boolean {
  return DATELINE_PLACE.test(line) && /[-—–]/.test(line);
}

/** The line's words other than its dates and times: what a bare date line has little of. */
function residue(line: string, dates: FoundDate[]): string {
  let rest = line;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  return rest.replace(/[^\p{L}]+/gu, "");
}

function datelineDate(line: string, dates: FoundDate[]): FoundDate | null {
  const place = DATELINE_PLACE.exec(line);
  if (!place) return null;
  const d = dates.find((x) => x.start === place[0].length);
  return d && DATELINE_TAIL.test(line.slice(d.end)) ? d : null;
}

/** Month and day of a dateline that states no year ("HAIKOU, Jan. 20 (Xinhua) --"). */
export function datelineMonthDay(line: string): { month: number; day: number } | null {
  const place = DATELINE_PLACE.exec(line);
  if (!place || !/[-—–]/.test(line)) return null;
  const opening = datelineOpening(line, DATELINE_SCANNED);
  const d = opening
    ? opening
    : findDates(line.slice(0, DATELINE_SCANNED)).find((x) => x.start === place[0].length);
  if (!d || d.year !== null || !DATELINE_TAIL.test(line.slice(d.end))) return null;
  return { month: d.month, day: d.day };
}
