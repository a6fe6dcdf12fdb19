/**
 * `resolvePeriod`: an unresolved PeriodValue + the document date → inclusive months.
 *
 * Why: "the first four months of this year" means 2022-01..2022-04 only in a May 2022
 * article. Following ../shared/gold/README.md: "this year"/"last year" count from the
 * document's year; a period with no year is the latest one that ends by the document's month
 * ("the first 11 months" in a January 2024 article is 2023); "the same period of 2019" takes
 * its months from the period it is compared with. Without a document date, only periods with
 * an explicit year resolve; the others give null (their clauses give no fact).
 */
import type { PeriodValue } from "./types.js";

export interface DocDate {
  year: number;
  /** 1-12 */
  month: number;
}

export interface ResolvedPeriod {
  /** "YYYY-MM", inclusive */
  start: string;
  end: string;
}

function ym(y: number, m: number): string {
  return `${y}-${String(m).padStart(2, "0")}`;
}

function parse(p: ResolvedPeriod): { y1: number; m1: number; y2: number; m2: number } {
  const [y1, m1] = p.start.split("-").map(Number);
  const [y2, m2] = p.end.split("-").map(Number);
  return { y1, m1, y2, m2 };
}

/** The inclusive months of `p`; `compared` is the period a baseline is compared with. */
export function resolvePeriod(
  p: PeriodValue,
  doc: DocDate | null,
  compared: ResolvedPeriod | null = null,
): ResolvedPeriod | null {
  let { startMonth, endMonth, startYearDelta } = p;
  if (p.sameMonths) {
    if (!compared) return null;
    const c = parse(compared);
    startMonth = c.m1;
    endMonth = c.m2;
    startYearDelta = c.y1 - c.y2;
  }
  let year: number;
  if (p.year.kind === "explicit") year = p.year.year;
  else if (p.year.kind === "relative") {
    const base = p.sameMonths && compared ? parse(compared).y2 : doc?.year;
    if (base === undefined) return null;
    year = base + p.year.offset;
  } else {
    if (!doc) return null;
    year = endMonth <= doc.month ? doc.year : doc.year - 1;
  }
  return { start: ym(year + startYearDelta, startMonth), end: ym(year, endMonth) };
}
