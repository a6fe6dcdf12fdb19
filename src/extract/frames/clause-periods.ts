/**
 * The periods of a clause by role: measured (one, or several that pair with as many figures),
 * compared with (after "compared with", or right after a change: "up 5% from 2016"), or a
 * reference point ("the first drop since 2017").
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node, PeriodValue } from "../rules/types.js";
import type { Clause } from "./clauses.js";
import { comparedPeriodAfter, isFigure } from "./figures.js";

type PeriodNode = Extract<Node, { kind: "Period" }>;

export interface ClausePeriods {
  measured: PeriodValue | null;
  /** several measured periods, or none */
  all: PeriodValue[];
  /** the period after the clause's comparison cue */
  comparedTo: PeriodValue | null;
  /** "the first three quarters … X, Y and Z respectively": the one period, unit by unit */
  units: PeriodValue[];
  /** the period measured is written "the year": the year named last, where one was */
  theYear: boolean;
}

export function readPeriods(
  clause: Clause,
  tokens: readonly LexToken[],
  wholeAt: number,
  compareAt: number,
  /** a period dating another figure than the clause's own (a span's earlier value) */
  skipAt = -1,
): ClausePeriods {
  const periods = periodNodes(clause.nodes, skipAt);
  if (!periods.length)
    return { theYear: false, units: [], measured: null, all: [], comparedTo: null };
  const baselines = baselineNodes(clause.nodes, tokens);
  const compared = compareAt < clause.last ? periods.find((p) => p.first > compareAt) : undefined;
  const measured = periods.filter(
    (p) =>
      !p.value.baseline &&
      p.first < wholeAt &&
      !outside(tokens, p, clause.nodes) &&
      !baselines.includes(p) &&
      p !== compared,
  );
  const stated = foldRestated(measured, clause.nodes, tokens);
  const respectively = clause.nodes.some((n) => n.kind === "List" && n.value.respectively);
  return {
    theYear: stated.length === 1 && measured.length === 1 && theYear(measured[0], tokens),
    units: stated.length === 1 && respectively ? unitsOf(measured[0], stated[0], tokens) : [],
    measured: stated[0] ?? null,
    all: stated.length < 2 ? [] : stated,
    comparedTo: compared?.value ?? null,
  };
}

/** "the first and second quarter of 2020": a list of periods is its periods */
function periodNodes(nodes: readonly Node[], skipAt: number): PeriodNode[] {
  const out: PeriodNode[] = [];
  for (const x of nodes) {
    if (x.kind === "List" && x.value.itemKind === "Period") {
      for (const i of x.value.items) if (i.kind === "Period" && i.first !== skipAt) out.push(i);
    } else if (x.kind === "Period" && x.first !== skipAt) out.push(x);
  }
  return out;
}

/** "up 5% from 2016": the periods a change is compared with */
function baselineNodes(nodes: readonly Node[], tokens: readonly LexToken[]): Node[] {
  const out: Node[] = [];
  for (let k = 0; k + 1 < nodes.length; k++)
    if (comparedPeriodAfter(nodes[k], nodes[k + 1], tokens)) out.push(nodes[k + 1]);
  return out;
}

/**
 * "the first drop since February 2017", "rose from 2013 to 19.2% in 2023": a reference point,
 * not the period measured.
 */
function outside(tokens: readonly LexToken[], p: Node, nodes: readonly Node[]): boolean {
  if (senseAt(tokens, p.first - 1, "periodOutside") !== null) return true;
  const at = nodes.indexOf(p);
  const next = at < 0 ? undefined : nodes[at + 1];
  return (
    tokens[p.first - 1]?.norm === "from" &&
    tokens[p.last]?.norm === "to" &&
    next !== undefined &&
    next.first === p.last + 1 &&
    isFigure(next)
  );
}

/**
 * "the first seven months (Jan-July) of this year": one period written several ways, each
 * node next to the one before. The same months again are one period; a whole year right after
 * months without a year gives them their year.
 */
function foldRestated(
  measured: readonly PeriodNode[],
  nodes: readonly Node[],
  tokens: readonly LexToken[],
): PeriodValue[] {
  const out: PeriodValue[] = [];
  let prevNode: PeriodNode | null = null;
  for (const p of measured) {
    // "1.92 trillion yuan in 2021, up 18.6% in the year": "the year" is the one just named
    if (theYear(p, tokens) && out.some((v) => v.year.kind === "explicit")) continue;
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

/** "in the year", written with the definite article: not "this year", "last year" */
function theYear(p: PeriodNode, tokens: readonly LexToken[]): boolean {
  if (p.source !== "period-relative-year") return false;
  let the = false;
  for (let i = p.first; i < p.last && i < tokens.length; i++) {
    const w = tokens[i].norm;
    if (w === "this" || w === "last" || w === "next") return false;
    if (w === "the") the = true;
  }
  return the;
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

/** "the first three quarters" → Q1, Q2, Q3; "the first two months" → January, February */
function unitsOf(p: PeriodNode, value: PeriodValue, tokens: readonly LexToken[]): PeriodValue[] {
  let step = 0;
  for (let i = p.first; i < p.last; i++) {
    const unit = senseAt(tokens, i, "periodWord");
    if (unit?.form !== "plural") continue;
    step = unit.entry.value === "quarter" ? 3 : unit.entry.value === "month" ? 1 : 0;
  }
  const span = value.endMonth - value.startMonth + 1;
  if (!step || value.startYearDelta !== 0 || span <= step || span % step !== 0) return [];
  const out: PeriodValue[] = [];
  for (let m = value.startMonth; m <= value.endMonth; m += step)
    out.push({ ...value, startMonth: m, endMonth: m + step - 1 });
  return out;
}

/**
 * "Arrivals surged 36.3% from 2016 to 25.3 million tonnes": a change from a whole year, in a
 * clause that names no period of its own, measures the year after it.
 */
export function periodAfterBaseline(baseline: PeriodValue | null): PeriodValue | null {
  if (baseline?.year.kind !== "explicit" || !wholeYear(baseline)) return null;
  return { ...baseline, year: { kind: "explicit", year: baseline.year.year + 1 } };
}
