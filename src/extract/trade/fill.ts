/**
 * A filled frame → trade-fact drafts: the frame dealt out, and changes against a stated
 * baseline or a period of comparison made facts of their own.
 */
import type { Evidence, Period } from "../../core/contract.js";
import type { DocumentScope } from "../discourse/salience.js";
import { type DealtFact, dealFrame, type FilledFrame } from "../frames/deal.js";
import { type Draft, hasFigure } from "../frames/merge.js";
import type { ChangeRef, ClauseFrame } from "../frames/types.js";
import { resolvePeriod } from "../rules/resolve-period.js";

export interface Statement {
  evidence: Evidence;
  speaker: string | null;
}

export function draftsOfFrame(
  frame: ClauseFrame,
  filled: FilledFrame,
  doc: DocumentScope,
  st: Statement,
): Draft[] {
  const { main, against } = splitAgainstBaselines(filled);
  const drafts: Draft[] = [];
  pushDealt(main, doc, st, drafts);
  for (const f of against) pushDealt(f, doc, st, drafts);
  for (const x of comparedDrafts(frame, filled, doc, st)) drafts.push(x);
  for (const x of earlierDrafts(frame, filled, doc, st)) drafts.push(x);
  return drafts;
}

/** The drafts of a filled frame's dealt facts, pushed onto `drafts`. */
function pushDealt(f: FilledFrame, doc: DocumentScope, st: Statement, drafts: Draft[]): void {
  for (const d of dealFrame(f)) for (const x of draftsOfDealt(d, doc, st)) drafts.push(x);
}

/** "from 312 billion yuan in 2013 to …": the earlier value is a fact of its own period. */
function earlierDrafts(
  frame: ClauseFrame,
  filled: FilledFrame,
  doc: DocumentScope,
  st: Statement,
): Draft[] {
  const period = frame.earlier ? resolvePeriod(frame.earlier.period, doc.date) : null;
  if (!frame.earlier || !period) return [];
  const bare = { quantities: [], prices: [], shares: [], changes: [], periods: [] };
  const earlier = { ...filled, ...bare, period, values: [frame.earlier.value] };
  return dealFrame(earlier).flatMap((d) => draftsOfDealt(d, doc, st));
}

/** a change against the period a year before, what every change is read against */
function own(c: ChangeRef): boolean {
  return c.baseline === null && !c.monthOnMonth;
}

/**
 * "2.14 million tonnes, up 16.2% from a year ago and 11.5% from November": more changes than
 * other figures, the extra ones each against a period of their own. Those are facts of their
 * own (a change and its baseline); the rest deal out as usual.
 */
function splitAgainstBaselines(f: FilledFrame): { main: FilledFrame; against: FilledFrame[] } {
  const others = Math.max(f.values.length, f.quantities.length, f.prices.length, f.shares.length);
  // most frames have no more changes than other figures: nothing to split
  if (others === 0 || f.changes.length <= others) return { main: f, against: NONE };
  const extra = f.changes.filter((c) => !own(c));
  if (others === 0 || f.changes.length <= others || f.changes.length - extra.length !== others)
    return { main: f, against: [] };
  const bare = { values: [], quantities: [], prices: [], shares: [] };
  return {
    main: { ...f, changes: f.changes.filter(own) },
    against: extra.map((c) => ({ ...f, ...bare, changes: [c] })),
  };
}

const NONE: FilledFrame[] = [];

/** A dealt fact → its draft, and a second one for a change against a stated baseline. */
function draftsOfDealt(d: DealtFact, doc: DocumentScope, st: Statement): Draft[] {
  const main: Draft = {
    reporter: d.reporter,
    partner: d.partner,
    commodity: d.commodity,
    flow: d.flow,
    segment: d.segment,
    period: d.period,
    value: d.value,
    quantity: d.quantity,
    price: d.price,
    changePct: null,
    baseline: null,
    sharePct: d.sharePct,
    evidence: st.evidence,
    speaker: st.speaker,
  };
  const out: Draft[] = [main];
  const change = d.change;
  const baseline = change ? baselineOf(change, d.period, doc) : undefined;
  if (change && baseline === null) main.changePct = change.pct;
  else if (change && baseline) {
    const figures = { value: null, quantity: null, price: null, sharePct: null };
    out.push({ ...main, ...figures, changePct: change.pct, baseline });
  }
  return out.filter(hasFigure);
}

/** "compared with 3.1% and -4.1% in the same period last year", "compared with 21.7 billion
 * dollars a year earlier": facts of that period. */
function comparedDrafts(
  frame: ClauseFrame,
  filled: FilledFrame,
  doc: DocumentScope,
  st: Statement,
): Draft[] {
  const period = comparedPeriodOf(frame, filled, doc);
  if (!period) return [];
  const changes = frame.comparedChanges.map((pct) => ({
    pct,
    baseline: null,
    monthOnMonth: false,
  }));
  const compared = {
    ...filled,
    period,
    periods: [],
    values: frame.comparedValues,
    quantities: frame.comparedQuantities,
    prices: [],
    shares: [],
    changes,
  };
  return dealFrame(compared).flatMap((d) => draftsOfDealt(d, doc, st));
}

/** The period the clause compares with, resolved: stated, or "a year earlier" than its own. */
function comparedPeriodOf(
  frame: ClauseFrame,
  filled: FilledFrame,
  doc: DocumentScope,
): Period | null {
  if (frame.comparedYearBefore && filled.period)
    return { start: shiftYear(filled.period.start, -1), end: shiftYear(filled.period.end, -1) };
  if (!frame.comparedPeriod) return null;
  return resolvePeriod(frame.comparedPeriod, doc.date, filled.period);
}

/**
 * The period a change compares with: null for the same months a year before (what every
 * change is read against: "from the same period a year earlier" says nothing more), undefined
 * when it cannot be resolved.
 */
function baselineOf(
  change: ChangeRef,
  period: Period,
  doc: DocumentScope,
): Period | null | undefined {
  if (!change.baseline) return change.monthOnMonth ? (monthBefore(period) ?? undefined) : null;
  const b = resolvePeriod(change.baseline, doc.date, period);
  if (!b) return undefined;
  const yearBefore = { start: shiftYear(period.start, -1), end: shiftYear(period.end, -1) };
  // "rose 5% over the same period" restates the period itself
  return samePeriod(b, yearBefore) || samePeriod(b, period) ? null : b;
}

function shiftYear(ym: string, by: number): string {
  return `${Number(ym.slice(0, 4)) + by}${ym.slice(4)}`;
}

function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

function monthBefore(p: Period): Period | null {
  if (p.start !== p.end) return null;
  const [y, m] = p.start.split("-").map(Number);
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  return { start: prev, end: prev };
}
