/**
 * Undated documents: month names take the year a period of their paragraph states.
 *
 * Why: with no date from any source (caller, sidecar, page, text, URL), "this year" and "June"
 * cannot be resolved, and the clauses they date give no fact. Yet a paragraph that says "in the
 * first seven months of 2023" and then "between January and July" or "in July alone" means
 * that year. Only expressions of months and quarters take it: "last year", "this year" and
 * "since 2012" stay unresolved (their year is the document's, which is still unknown).
 */

import { type DateContext, findPeriods, type PeriodMention } from "./periods.js";
import type { Range } from "./sentences.js";

/** Year stated by the first explicit-year period among `periods` (all resolved without a date). */
export function statedYear(periods: PeriodMention[]): number | null {
  const stated = periods.find((p) => p.role === "period" && !p.years && !p.sameIn);
  if (!stated) return null;
  const year = Number(stated.period.end.slice(0, 4));
  return Number.isFinite(year) ? year : null;
}

/**
 * `periods` of `s` (found without a date) with each unresolved month or quarter expression
 * resolved in `year`. Expressions naming a year word or "since" are left as they are.
 */
export function withStatedYear(
  text: string,
  s: Range,
  periods: PeriodMention[],
  year: number,
): PeriodMention[] {
  if (!periods.some((p) => p.role === "unresolved")) return periods;
  // month 12: every month of the stated year is on or before the context's month
  const ctx: DateContext = { year, month: 12 };
  const carried = findPeriods(text, s.start, s.end, ctx);
  return periods.map((p) => {
    if (p.role !== "unresolved") return p;
    if (/\b(?:year|since)\b/i.test(text.slice(p.start, p.end))) return p;
    const same = carried.find((c) => c.start === p.start && c.end === p.end);
    return same && (same.role === "period" || same.role === "baseline") ? same : p;
  });
}
