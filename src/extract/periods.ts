/**
 * Time expressions → inclusive month ranges, resolved against the document date.
 *
 * Why: a figure means nothing without its period, and briefings say "the first half of this
 * year", "June", "the same period in 2019", "since 2012". Each expression is found with its
 * span and a role: the period measured, the baseline compared with, or a cumulative span.
 * Events such as "the 18th CPC National Congress" are dated from data/events.json.
 */

import eventData from "../../data/events.json" with { type: "json" };
import type { Period } from "../core/contract.js";
import { monthIndex } from "./briefing.js";

/**
 * "unresolved": a time expression relative to a document date that is not known ("the first
 * 11 months of this year" in an article whose dateline has no year). Its span is kept so the
 * clause is not read with another period; the clause then gives no fact.
 */
export type PeriodRole = "period" | "baseline" | "since" | "same-period" | "other" | "unresolved";

export interface PeriodMention {
  start: number;
  end: number;
  period: Period;
  role: PeriodRole;
  /** "the same period in 2019": months taken from the current period, in this year */
  sameIn?: number;
  /** "for three consecutive years": this many periods ending with `period` */
  years?: number;
}

export interface DateContext {
  /** year of the document */
  year: number;
  /** month of the document, 1-12 */
  month: number;
}

const ORD: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
};
const NUMBER_WORD = "(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})";
const YEAR_REF =
  "(?:\\s+(?:of\\s+|in\\s+)?(this year|last year|the year|the previous year|(?:19|20)\\d{2}))?";
// Why the abbreviations: news wire style writes "Jan.", "Sept.", "Dec." in datelines and text
const MONTH_NAMES =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

/**
 * The date context of a document whose year is not known. Why NaN: every expression resolved
 * against it ("this year", "June", "since 2012") comes out NaN and is marked "unresolved",
 * while expressions with their own year ("in 2023", "January-May 2024") resolve as usual.
 */
export const UNKNOWN_DATE: DateContext = { year: Number.NaN, month: Number.NaN };

// compiled once: findPeriods runs on every sentence
const HALF_RE = new RegExp(
  `\\b(?:the )?(first|second|latter|former) half(?: of)?${YEAR_REF}`,
  "gi",
);
const MONTHS_RE = new RegExp(`\\b(?:the )?first ${NUMBER_WORD} months${YEAR_REF}`, "gi");
const QUARTERS_RE = new RegExp(`\\b(?:the )?first (two|three) quarters${YEAR_REF}`, "gi");
const QUARTER_RE = new RegExp(`\\b(?:the )?(first|second|third|fourth) quarter${YEAR_REF}`, "gi");
const EVENTS = eventData.events.map((ev) => ({
  month: ev.month,
  re: new RegExp(`\\bsince (?:the )?(?:${ev.pattern})(?: in (?:19|20)\\d{2})?`, "gi"),
}));
const SINCE_MONTH_RE = new RegExp(
  `\\bsince ${MONTH_NAMES}(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?`,
  "gi",
);
const MONTH_RE = new RegExp(
  `\\b${MONTH_NAMES}(?:\\s+(?:of\\s+)?((?:19|20)\\d{2})|\\s+(this year|last year))?(?!\\w)(?!\\s+\\d)`,
  "g",
);

const MONTH_NAME_TEST = new RegExp(MONTH_NAMES);
/** "January 18, 2024", "18 January 2024": a day, not a period */
const CALENDAR_DATE_RE = new RegExp(
  `\\b${MONTH_NAMES}\\s+\\d{1,2},?\\s+((?:19|20)\\d{2})\\b|\\b\\d{1,2}\\s+${MONTH_NAMES}\\s+((?:19|20)\\d{2})\\b`,
  "g",
);
// Why the bare abbreviations: tables and headlines write "Jan-Feb" without dots; only in a
// range, where a second month name follows, is "Mar" or "May" safe to read as a month.
const RANGE_MONTH = `(?:${MONTH_NAMES.slice(1, -1)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
// Why "and": "in January and February" is how China's customs reports the combined first two
// months (Spring Festival falls in either one, so they are released together). Only read as
// a range when the months are consecutive (checked where it is used).
const RANGE_MONTH_TEST = new RegExp(`\\b${RANGE_MONTH}\\b`);
const RANGE_RE = new RegExp(
  `\\b(?:([Ff]rom|[Bb]etween)\\s+)?(${RANGE_MONTH})\\s*(-|–|to|through|and)\\s*(${RANGE_MONTH})(?!\\w)(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?`,
  "g",
);
const COMPARE_BEFORE =
  /\b(compared (?:with|to)|than|from|over|against|relative to|versus|vs\.?)\s+(?:the\s+|that\s+(?:of|in)\s+)?$/i;

function ym(y: number, m: number): string {
  return `${y}-${String(m).padStart(2, "0")}`;
}
function span(y: number, m1: number, m2: number): Period {
  return { start: ym(y, m1), end: ym(y, m2) };
}
function yearOf(ref: string | undefined, ctx: DateContext, fallback: number): number {
  if (!ref) return fallback;
  const r = ref.toLowerCase();
  if (r === "this year" || r === "the year") return fallback;
  if (r === "last year" || r === "the previous year") return ctx.year - 1;
  return Number(r);
}
function num(w: string): number {
  return ORD[w.toLowerCase()] ?? Number(w);
}

/** Period expressions in text[from, to), in order. */
export function findPeriods(
  text: string,
  from: number,
  to: number,
  ctx: DateContext,
): PeriodMention[] {
  const chunk = text.slice(from, to);
  const out: PeriodMention[] = [];
  const taken: Array<[number, number]> = [];
  const push = (m: RegExpExecArray, p: Omit<PeriodMention, "start" | "end">) => {
    const s = m.index;
    const e = m.index + m[0].length;
    if (taken.some(([a, b]) => s < b && a < e)) return;
    taken.push([s, e]);
    let role = p.role;
    if (Number.isNaN(Number(p.period.start.slice(0, 4))) || /NaN/.test(p.period.end))
      role = "unresolved";
    if (role === "period" && COMPARE_BEFORE.test(chunk.slice(Math.max(0, s - 30), s)))
      role = "baseline";
    out.push({ ...p, role, start: from + s, end: from + e });
  };
  const lower = chunk.toLowerCase();
  const hasDigit = /\d/.test(chunk);
  // each pattern runs only when its key word is in the sentence: this runs on every sentence
  const each = (re: RegExp, f: (m: RegExpExecArray) => void, needle?: string | boolean) => {
    if (needle === false || (typeof needle === "string" && !lower.includes(needle))) return;
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) f(m);
  };
  // Why: a calendar date ("January 18, 2024", "18 January 2024") dates the document or an
  // event; read as "January" or "2024" it would give every later figure the wrong period.
  // Taken first (role "other") so that neither its month nor its year is read as a period.
  each(
    CALENDAR_DATE_RE,
    (m) => {
      const mo = monthIndex(m[1] ?? m[3]) + 1;
      const y = Number(m[2] ?? m[4]);
      push(m, { period: span(y, mo, mo), role: "other" });
    },
    hasDigit && MONTH_NAME_TEST.test(chunk),
  );
  // same period in a given year: a baseline with the current months
  each(
    /\b(?:the )?same period (?:in|of) ((?:19|20)\d{2}|last year)\b/gi,
    (m) => {
      const y = yearOf(m[1], ctx, ctx.year);
      const compared = COMPARE_BEFORE.test(chunk.slice(Math.max(0, m.index - 30), m.index));
      push(m, { period: span(y, 1, 12), role: compared ? "baseline" : "other", sameIn: y });
    },
    "same period",
  );
  // "up 19.2% from the same period last year": the usual year-on-year comparison, no period
  each(
    /\b(?:from|than|compared (?:with|to)|against|on) the same period (?:of )?(?:last year|a year (?:ago|earlier))/gi,
    (m) => push(m, { period: span(ctx.year, 1, 12), role: "other" }),
    "same period",
  );
  // "during / in the same period": the period in force
  each(
    /\b(?:during|in|over) the same period(?! (?:in|of) )(?: last year| of last year| a year (?:ago|earlier))?/gi,
    (m) => {
      if (/last year|a year/.test(m[0])) push(m, { period: span(ctx.year, 1, 12), role: "other" });
      else push(m, { period: span(ctx.year, 1, 12), role: "same-period" });
    },
    "same period",
  );
  each(
    HALF_RE,
    (m) => {
      const y = yearOf(m[2], ctx, ctx.year);
      const first = /first|former/i.test(m[1]);
      push(m, { period: first ? span(y, 1, 6) : span(y, 7, 12), role: "period" });
    },
    "half",
  );
  each(
    /\bH([12])(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/g,
    (m) => {
      const y = m[2] ? Number(m[2]) : ctx.year;
      push(m, { period: m[1] === "1" ? span(y, 1, 6) : span(y, 7, 12), role: "period" });
    },
    hasDigit,
  );
  each(
    MONTHS_RE,
    (m) => {
      const y = yearOf(m[2], ctx, ctx.year);
      push(m, { period: span(y, 1, Math.min(12, num(m[1]))), role: "period" });
    },
    "months",
  );
  each(
    QUARTERS_RE,
    (m) => {
      const y = yearOf(m[2], ctx, ctx.year);
      push(m, { period: span(y, 1, num(m[1]) * 3), role: "period" });
    },
    "quarters",
  );
  each(
    QUARTER_RE,
    (m) => {
      const y = yearOf(m[2], ctx, ctx.year);
      const q = num(m[1]);
      push(m, { period: span(y, q * 3 - 2, q * 3), role: "period" });
    },
    "quarter",
  );
  each(
    /\bQ([1-4])(?:\s+((?:19|20)\d{2}))?\b/g,
    (m) => {
      const y = m[2] ? Number(m[2]) : ctx.year;
      const q = Number(m[1]);
      push(m, { period: span(y, q * 3 - 2, q * 3), role: "period" });
    },
    hasDigit,
  );
  // "January-May", "from January to May 2024", "between January and July": a range of months
  each(
    RANGE_RE,
    (m) => {
      const a = monthIndex(m[2]) + 1;
      const b = monthIndex(m[4]) + 1;
      const y = m[5] ? Number(m[5]) : b > ctx.month ? ctx.year - 1 : ctx.year;
      // "January and March" lists two months; only adjacent ones make one reported period,
      // unless "between" makes the two the ends of a span
      if (m[3] === "and" && b !== a + 1 && m[1]?.toLowerCase() !== "between") return;
      if (a <= b) push(m, { period: span(y, a, b), role: "period" });
    },
    RANGE_MONTH_TEST.test(chunk),
  );
  // since an event or a year: cumulative up to the last complete year
  for (const ev of EVENTS) {
    each(
      ev.re,
      (m) => {
        const [y, mo] = ev.month.split("-").map(Number);
        const start = mo === 12 ? ym(y + 1, 1) : ym(y, mo + 1);
        push(m, { period: { start, end: ym(ctx.year - 1, 12) }, role: "since" });
      },
      "since",
    );
  }
  each(
    /\b(?:since|from) ((?:19|20)\d{2}) (?:to|through|until) ((?:19|20)\d{2})\b/gi,
    (m) => {
      push(m, { period: { start: ym(Number(m[1]), 1), end: ym(Number(m[2]), 12) }, role: "since" });
    },
    hasDigit,
  );
  each(
    SINCE_MONTH_RE,
    (m) => {
      const y = m[2] ? Number(m[2]) : ctx.year;
      push(m, { period: span(y, monthIndex(m[1]) + 1, monthIndex(m[1]) + 1), role: "other" });
    },
    "since",
  );
  each(
    /\bsince ((?:19|20)\d{2})\b(?! to)/gi,
    (m) => {
      push(m, { period: { start: ym(Number(m[1]), 1), end: ym(ctx.year - 1, 12) }, role: "since" });
    },
    "since",
  );
  each(
    /\bsince (?:the beginning|the start) of (this year|(?:19|20)\d{2})/gi,
    (m) => {
      const y = yearOf(m[1], ctx, ctx.year);
      push(m, { period: span(y, 1, Math.max(1, ctx.month - 1)), role: "since" });
    },
    "since",
  );
  each(
    /\bfor (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:consecutive|straight|successive) years\b/gi,
    (m) => {
      push(m, { period: span(ctx.year - 1, 1, 12), role: "period", years: num(m[1]) });
    },
    "years",
  );
  each(
    MONTH_RE,
    (m) => {
      const mo = monthIndex(m[1]) + 1;
      let y = m[2] ? Number(m[2]) : yearOf(m[3], ctx, ctx.year);
      if (!m[2] && !m[3] && mo > ctx.month) y = ctx.year - 1;
      if (/\bsince\s+$/i.test(chunk.slice(Math.max(0, m.index - 8), m.index))) return;
      push(m, { period: span(y, mo, mo), role: "period" });
    },
    MONTH_NAME_TEST.test(chunk),
  );
  each(
    /\b(last year|this year|the previous year)\b/gi,
    (m) => {
      if (/year$/i.test(m[0]) && /^(this)/i.test(m[1])) return; // "this year" alone is not a closed period
      push(m, { period: span(ctx.year - 1, 1, 12), role: "period" });
    },
    "year",
  );
  each(
    /\b((?:19|20)\d{2})\b/g,
    (m) => {
      const before = chunk.slice(Math.max(0, m.index - 12), m.index);
      if (/[-–(]\s*$|\d\s*$/.test(before) || /^[-–)]/.test(chunk.slice(m.index + 4, m.index + 5)))
        return; // "2021-2025", "(2021"
      const y = Number(m[1]);
      push(m, { period: span(y, 1, 12), role: "period" });
    },
    hasDigit,
  );
  return out.sort((a, b) => a.start - b.start);
}

/** "the same period in 2019" takes the months of the period it is compared with. */
export function sameMonthsIn(current: Period, year: number): Period {
  return { start: `${year}${current.start.slice(4)}`, end: `${year}${current.end.slice(4)}` };
}

/**
 * The year of a dateline that gives only month and day ("HAIKOU, Jan. 20 (Xinhua) --").
 *
 * Why this rule: a report cannot state a period that ends after its own date. So the year is
 * the smallest Y, not before the latest year the text names, such that (Y, month) comes after
 * the end of every period the text states with an explicit year. "in 2023" + "Jan. 20" gives
 * 2024; "the first 11 months of 2023" + "Dec. 7" gives 2023. A year that is a target ("by
 * 2025", "until 2030") is not a reported period and is ignored. No year in the text: null.
 */
export function inferDocumentYear(text: string, month: number, _day: number): number | null {
  let latest: { y: number; m: number } | null = null;
  for (const p of findPeriods(text, 0, text.length, UNKNOWN_DATE)) {
    if (p.role === "unresolved" || p.role === "other") continue;
    const ahead = text.slice(Math.max(0, p.start - 12), p.start);
    if (/\b(?:by|until|till|before|towards?)\s+(?:the end of\s+)?$/i.test(ahead)) continue;
    const [y, m] = p.period.end.split("-").map(Number);
    if (!latest || y > latest.y || (y === latest.y && m > latest.m)) latest = { y, m };
  }
  if (!latest) return null;
  return month > latest.m ? latest.y : latest.y + 1;
}
