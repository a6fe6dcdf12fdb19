/**
 * A clause frame + the discourse state → trade-fact drafts: slots the clause leaves unsaid are
 * filled from salience, periods resolved against the document date, the frame dealt out, and
 * changes against a stated baseline or a period of comparison made facts of their own.
 */
import type { Evidence, Flow, Period } from "../../core/contract.js";
import {
  type DocumentScope,
  dateForMonths,
  noteClause,
  type ParagraphScope,
  type SentenceScope,
  salientPeriod,
  salientReporter,
} from "../discourse/salience.js";
import { type DealtFact, dealFrame, type FilledFrame } from "../frames/deal.js";
import type { Draft } from "../frames/merge.js";
import type { ChangeRef, ClauseFrame } from "../frames/types.js";
import { resolvePeriod } from "../rules/resolve-period.js";

export interface Scopes {
  doc: DocumentScope;
  para: ParagraphScope;
  sentence: SentenceScope;
}

export interface Statement {
  evidence: Evidence;
  speaker: string | null;
  /** a question from the floor restates figures: it gives no fact */
  fromFloor: boolean;
}

export function draftsOfFrame(frame: ClauseFrame, scopes: Scopes, st: Statement): Draft[] {
  const { doc, para, sentence } = scopes;
  const stated = frame.period ? resolvePeriod(frame.period, dateForMonths(doc, para)) : null;
  const period = stated ?? (frame.period ? null : salientPeriod(doc, para, sentence));
  const reporters = frame.reporters.map((r) => r.id);
  const partners = frame.partners.map((p) => p.id);
  if (!partners.length && frame.anaphora.partner && para.partner) partners.push(para.partner);
  const flows: Flow[] = frame.flows.length
    ? frame.flows
    : sentence.flow
      ? [sentence.flow]
      : frame.segments.length
        ? ["TOTAL"]
        : [];
  // only a clause that states a figure makes its places salient ("said … in Beijing" does not)
  const states = frame.values.length + frame.changes.length + frame.quantities.length > 0;
  noteClause(doc, para, sentence, {
    reporter: states && reporters.length === 1 ? reporters[0] : null,
    partner: states && partners.length === 1 ? partners[0] : null,
    period: stated,
    flow: flows.length === 1 ? flows[0] : null,
    year: frame.period?.year.kind === "explicit" ? frame.period.year.year : null,
  });
  if (st.fromFloor || frame.notTrade || !period || !flows.length) return [];
  const filled: FilledFrame = {
    reporters: reporters.length ? reporters : [salientReporter(doc, para)],
    partners,
    commodities: frame.commodities.map((c) => c.id),
    flows,
    segments: frame.segments,
    deficit: frame.deficit,
    period,
    values: frame.values,
    quantities: frame.quantities,
    prices: frame.prices,
    changes: frame.changes,
    shares: frame.shares,
  };
  const drafts = dealFrame(filled).flatMap((d) => draftsOfDealt(d, doc, st));
  return [...drafts, ...comparedDrafts(frame, filled, doc, st)];
}

/** A dealt fact → its draft, and a second one for a change against a stated baseline. */
function draftsOfDealt(d: DealtFact, doc: DocumentScope, st: Statement): Draft[] {
  const base = {
    reporter: d.reporter,
    partner: d.partner,
    commodity: d.commodity,
    flow: d.flow,
    segment: d.segment,
    period: d.period,
    evidence: st.evidence,
    speaker: st.speaker,
  };
  const main: Draft = {
    ...base,
    value: d.value,
    quantity: d.quantity,
    price: d.price,
    changePct: null,
    baseline: null,
    sharePct: d.sharePct,
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

/** "compared with 3.1% and -4.1% in the same period last year": facts of that period. */
function comparedDrafts(
  frame: ClauseFrame,
  filled: FilledFrame,
  doc: DocumentScope,
  st: Statement,
): Draft[] {
  if (!frame.comparedPeriod || !frame.comparedChanges.length) return [];
  const period = resolvePeriod(frame.comparedPeriod, doc.date, filled.period);
  if (!period) return [];
  const changes = frame.comparedChanges.map((pct) => ({
    pct,
    baseline: null,
    monthOnMonth: false,
  }));
  const compared = {
    ...filled,
    period,
    values: [],
    quantities: [],
    prices: [],
    shares: [],
    changes,
  };
  return dealFrame(compared).flatMap((d) => draftsOfDealt(d, doc, st));
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

function hasFigure(d: Draft): boolean {
  return [d.value, d.quantity, d.price, d.changePct, d.sharePct].some((x) => x !== null);
}
