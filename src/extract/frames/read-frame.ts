/**
 * One clause → its frame: the entities by role, the flows, segments, periods and figures it
 * states, each slot a list in text order.
 *
 * Why the "whole" is cut off: in "accounting for 57.9 percent of the total exports" or
 * "up 3%, compared with 3.1% in the same period last year", what follows the share word or the
 * comparison names the whole or the past, not the subject: its flow words and places are not
 * the clause's. A comparison that opens the clause ("Compared with 2019, exports rose 23.8%")
 * or closes it without figures of its own ("rose 730% compared to 2012") names the baseline
 * of the clause's changes.
 */
import type { Segment } from "../../core/contract.js";
import type { EntityInfo } from "../gazetteer.js";
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node, PeriodValue } from "../rules/types.js";
import { figurelessAsides, relativeAfter } from "./asides.js";
import { readEntities } from "./clause-entities.js";
import { readFlows } from "./clause-flows.js";
import type { Clause } from "./clauses.js";
import { comparedPeriodAfter, itemsOf, readFigures } from "./figures.js";
import type { SegmentMention } from "./segments.js";
import { readSpanValues } from "./span-values.js";
import type { ClauseFrame } from "./types.js";
import { unknownGoods, unknownPartner } from "./unknown-names.js";

export interface FrameInput {
  tokens: readonly LexToken[];
  segments: readonly SegmentMention[];
  entityInfo: (id: string) => EntityInfo | undefined;
}

export function readFrame(clause: Clause, input: FrameInput): ClauseFrame {
  const { tokens } = input;
  const firstFigure = clause.nodes.find((n) => isFigure(n))?.first ?? clause.last;
  const compareAt = cueAt(tokens, clause, "compareCue");
  const laterCompare = compareAt > firstFigure ? compareAt : clause.last;
  // "the share of X rose to 55%" names its subject after the share word; "…, accounting for
  // 5% of total exports" names the whole
  const shareAt = cueAt(tokens, clause, "shareCue");
  const shareSubject = shareAt < firstFigure;
  // "0.4 percentage point higher than the growth of overall trade": a comparison follows
  const pointsAt = clause.nodes.find((x) => x.kind === "Points")?.first ?? clause.last;
  const wholeAt = Math.min(shareSubject ? clause.last : shareAt, laterCompare, pointsAt);
  const asides = figurelessAsides(tokens, clause.nodes, isFigure, clause.first, clause.last);
  const inAside = (n: Node) => asides.some(([a, b]) => n.first > a && n.first < b);
  const subject = clause.nodes.filter((n) => n.first < wholeAt && !inAside(n));
  // "… of China's total trade, which grew 2.3% to 26.43 trillion yuan": the whole's figures
  const wholeTail =
    shareAt < clause.last ? relativeAfter(tokens, shareAt, clause.last) : clause.last;
  const own = clause.nodes.filter((n) => n.first < wholeTail);
  const rateAt = cueAt(tokens, clause, "rateNoun");
  // "growth rates increased by 32.5%" changes a rate, not trade; "the growth rates were 5%"
  // states the changes of the facts before
  const rateChanged = rateAt < firstFigure && clause.nodes.some((x) => x.kind === "Change");
  const subjectKind = shareSubject ? "share" : rateAt < firstFigure ? "rate" : null;
  const figures = readFigures(own, tokens, laterCompare, subjectKind);
  const entities = readEntities(subject, tokens, input.entityInfo, firstFigure);
  const segments = readSegments(input.segments, clause.first, wholeAt);
  const periods = clause.nodes.filter((x) => x.kind === "Period");
  const n = Math.max(figures.values.length, figures.changes.length, figures.shares.length);
  // "exports and imports" is two flows only where nothing else accounts for the figures
  const datedEach = periods.filter((p) => p.kind === "Period" && !p.value.baseline).length;
  const listed = [
    entities.reporters,
    entities.partners,
    entities.commodities,
    segments,
    { length: datedEach },
  ];
  const flowsFor = listed.some((l) => l.length === n) ? 1 : n;
  const baselines = new Set(
    clause.nodes.flatMap((n, k) =>
      comparedPeriodAfter(n, clause.nodes[k + 1], tokens) ? [clause.nodes[k + 1]] : [],
    ),
  );
  const measuredAll = periods.filter(
    (p) => !p.value.baseline && p.first < wholeAt && !outside(tokens, p) && !baselines.has(p),
  );
  const measured = periods.find(
    (p) => !p.value.baseline && p.first < wholeAt && !outside(tokens, p) && !baselines.has(p),
  );
  const comparedTo = compareAt < clause.last ? firstPeriodAfter(periods, compareAt) : null;
  const span = readSpanValues(clause.nodes, tokens);
  const baselineOfChanges =
    comparedTo && !figures.compared.length ? comparedTo : (span?.from.period ?? null);
  return {
    start: tokens[clause.first]?.start ?? 0,
    end: tokens[clause.last - 1]?.end ?? 0,
    ...entities,
    ...readFlows(subject, tokens, flowsFor),
    segments,
    period: span
      ? span.to.period
      : measured && measured !== (comparedTo && periodNode(periods, comparedTo))
        ? measured.value
        : null,
    // several periods pair with as many figures; with another number, the clause says nothing
    periods: span || measuredAll.length < 2 ? [] : measuredAll.map((p) => p.value as PeriodValue),
    comparedPeriod: figures.compared.length ? comparedTo : null,
    values: span ? [span.to.value] : figures.values,
    quantities: figures.quantities,
    prices: figures.prices,
    changes: figures.changes.map((c) => (c.baseline ? c : { ...c, baseline: baselineOfChanges })),
    comparedChanges: figures.compared,
    shares: figures.shares,
    anaphora: {
      ...readAnaphora(tokens, clause.first, wholeAt),
      ...(subjectKind === "rate" && !rateChanged && opensWithRate(tokens, clause, rateAt)
        ? { fact: true }
        : {}),
    },
    notTrade:
      cueBefore(tokens, clause.first, firstFigure) ||
      entities.foreignSubject ||
      rateChanged ||
      (!entities.commodities.length && !segments.length && unknownGoods(subject, tokens)) ||
      (!entities.partners.length && unknownPartner(subject, tokens)),
    partOf: clause.partOf,
    shiftsTopic: opensWith(tokens, clause, "topicShift"),
  };
}

function isFigure(n: Node): boolean {
  const kinds = itemsOf(n).map((i) => i.kind);
  return kinds.some(
    (k) => k === "Money" || k === "Quantity" || k === "Change" || k === "Price" || k === "Percent",
  );
}

/** The clause's first token with a sense of `cls`, or its end. */
function cueAt(
  tokens: readonly LexToken[],
  clause: Clause,
  cls: "shareCue" | "compareCue" | "rateNoun",
): number {
  for (let i = clause.first; i < clause.last; i++) if (senseAt(tokens, i, cls)) return i;
  return clause.last;
}

/** The clause's first word (past a comma) has a sense of `cls`. */
function opensWith(tokens: readonly LexToken[], clause: Clause, cls: "topicShift"): boolean {
  const first = tokens[clause.first]?.norm === "," ? clause.first + 1 : clause.first;
  return senseAt(tokens, first, cls) !== null;
}

/** "The growth rates were …" opens on the rate: it speaks of the facts before */
function opensWithRate(tokens: readonly LexToken[], clause: Clause, rateAt: number): boolean {
  const lead = tokens.slice(clause.first, rateAt).map((t) => t.norm);
  return lead.every((w) => w === "the" || w === "their" || w === "its" || w === ",");
}

function firstPeriodAfter(periods: readonly Node[], at: number): PeriodValue | null {
  const p = periods.find((x) => x.first > at);
  return p?.kind === "Period" ? p.value : null;
}

function periodNode(periods: readonly Node[], value: PeriodValue): Node | undefined {
  return periods.find((p) => p.kind === "Period" && p.value === value);
}

/** "the first drop since February 2017": a reference point, not the period measured */
function outside(tokens: readonly LexToken[], p: Node): boolean {
  return senseAt(tokens, p.first - 1, "periodOutside") !== null;
}

/** A forecast or a figure that is not trade, announced before the clause's first figure. */
function cueBefore(tokens: readonly LexToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    // "more than expected", "faster than forecast": a comparison with a forecast, not one
    if (tokens[i - 1]?.norm === "than") continue;
    if (senseAt(tokens, i, "nonTrade") || senseAt(tokens, i, "forecast")) return true;
  }
  return false;
}

function readSegments(segments: readonly SegmentMention[], from: number, to: number): Segment[] {
  return segments.filter((s) => s.first >= from && s.first < to).map((s) => s.segment);
}

function readAnaphora(tokens: readonly LexToken[], from: number, to: number) {
  const found = { reporter: false, partner: false, fact: false };
  for (let i = from; i < to; i++) {
    const value = senseAt(tokens, i, "anaphor")?.entry.value;
    if (value === undefined || value === "period") continue;
    const prev = tokens[i - 1]?.norm ?? "";
    const partnerSide = senseAt(tokens, i - 1, "partnerPrep") !== null || prev === "and";
    if (value === "partner" || (value === "place" && partnerSide)) found.partner = true;
    // "It accounted for …" opens the clause; "it" elsewhere is not the fact before
    else if (value === "fact") found.fact ||= i === from || tokens[i - 1]?.norm === ",";
    else found.reporter = true;
  }
  return found;
}
