/**
 * The periods of a clause by role: measured (one, or several that pair with as many figures),
 * compared with (after "compared with", or right after a change: "up 5% from 2016"), or a
 * reference point ("the first drop since 2017").
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node, PeriodValue } from "../rules/types.js";
import type { Clause } from "./clauses.js";
import { comparedPeriodAfter } from "./figures.js";

type PeriodNode = Extract<Node, { kind: "Period" }>;

export interface ClausePeriods {
  measured: PeriodValue | null;
  /** several measured periods, or none */
  all: PeriodValue[];
  /** the period after the clause's comparison cue */
  comparedTo: PeriodValue | null;
}

export function readPeriods(
  clause: Clause,
  tokens: readonly LexToken[],
  wholeAt: number,
  compareAt: number,
): ClausePeriods {
  const periods = clause.nodes.filter((x): x is PeriodNode => x.kind === "Period");
  const baselines = new Set(
    clause.nodes.flatMap((n, k) =>
      comparedPeriodAfter(n, clause.nodes[k + 1], tokens) ? [clause.nodes[k + 1]] : [],
    ),
  );
  const compared = compareAt < clause.last ? periods.find((p) => p.first > compareAt) : undefined;
  const measured = periods.filter(
    (p) =>
      !p.value.baseline &&
      p.first < wholeAt &&
      !outside(tokens, p) &&
      !baselines.has(p) &&
      p !== compared,
  );
  const stated = foldRestated(measured, clause.nodes);
  return {
    measured: stated[0] ?? null,
    all: stated.length < 2 ? [] : stated,
    comparedTo: compared?.value ?? null,
  };
}

/** How many periods the clause dates its figures by (for pairing lists of flows). */
export function datedPeriods(clause: Clause): number {
  return clause.nodes.filter((p) => p.kind === "Period" && !p.value.baseline).length;
}

/** "the first drop since February 2017": a reference point, not the period measured */
function outside(tokens: readonly LexToken[], p: Node): boolean {
  return senseAt(tokens, p.first - 1, "periodOutside") !== null;
}

/**
 * "the first seven months (Jan-July) of this year": one period written several ways, each
 * node next to the one before. The same months again are one period; a whole year right after
 * months without a year gives them their year.
 */
function foldRestated(measured: readonly PeriodNode[], nodes: readonly Node[]): PeriodValue[] {
  const out: PeriodValue[] = [];
  let prevNode: PeriodNode | null = null;
  for (const p of measured) {
    const prev = out[out.length - 1];
    const adjacent = prevNode !== null && nodes[nodes.indexOf(prevNode) + 1] === p;
    prevNode = p;
    if (!prev || !adjacent) out.push(p.value);
    else if (sameMonths(prev, p.value) && yearsAgree(prev, p.value))
      out[out.length - 1] = prev.year.kind === "unknown" ? { ...prev, year: p.value.year } : prev;
    else if (wholeYear(p.value) && prev.year.kind === "unknown" && p.value.year.kind !== "unknown")
      out[out.length - 1] = { ...prev, year: p.value.year };
    else out.push(p.value);
  }
  return out;
}

function sameMonths(a: PeriodValue, b: PeriodValue): boolean {
  return (
    a.startMonth === b.startMonth &&
    a.endMonth === b.endMonth &&
    a.startYearDelta === b.startYearDelta
  );
}

function yearsAgree(a: PeriodValue, b: PeriodValue): boolean {
  return (
    a.year.kind === "unknown" ||
    b.year.kind === "unknown" ||
    JSON.stringify(a.year) === JSON.stringify(b.year)
  );
}

function wholeYear(p: PeriodValue): boolean {
  return p.startMonth === 1 && p.endMonth === 12 && p.startYearDelta === 0 && !p.sameMonths;
}
