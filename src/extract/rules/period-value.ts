/**
 * Helpers of the period rules: a PeriodValue with defaults, the N of "the first N months",
 * and the month of a Month node.
 *
 * Why: every period rule builds the same structure; the defaults (year unknown, measured, not
 * "alone") are stated once.
 */
import type { Node, PeriodValue, YearRef } from "./types.js";

export const UNKNOWN_YEAR: YearRef = { kind: "unknown" };

export function period(
  startMonth: number,
  endMonth: number,
  more: Partial<PeriodValue> = {},
): PeriodValue {
  return {
    year: UNKNOWN_YEAR,
    startMonth,
    endMonth,
    startYearDelta: endMonth < startMonth ? -1 : 0,
    baseline: false,
    sameMonths: false,
    alone: false,
    ...more,
  };
}

/** A small cardinal: "four" or "4", not "fourth" nor "4.5". */
export function cardinalOf(n: Node): number | null {
  if (n.kind === "NumberWord") return n.value.ordinal ? null : n.value.value;
  if (n.kind === "Count" && !n.value.scaled && /^\d{1,2}$/.test(n.value.exact))
    return n.value.amount;
  return null;
}

export function monthOf(n: Node): number {
  return n.kind === "Month" ? n.value.month : 0;
}

/** The year reference a Year or RelYear node states. */
export function yearRefOf(n: Node): YearRef | null {
  if (n.kind === "Year") return { kind: "explicit", year: n.value.year };
  if (n.kind === "RelYear") return { kind: "relative", offset: n.value.offset };
  return null;
}

export const isCardinal = (n: Node): boolean => cardinalOf(n) !== null;
export const isFirst = (n: Node): boolean =>
  n.kind === "NumberWord" && n.value.ordinal && n.value.value === 1;

export const isMonths = (n: Node): boolean =>
  n.kind === "PeriodWord" && n.value.unit === "month" && n.value.plural;
export const isQuarters = (n: Node): boolean =>
  n.kind === "PeriodWord" && n.value.unit === "quarter" && n.value.plural;
