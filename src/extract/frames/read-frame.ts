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
import type { EntityInfo } from "../entities/index.js";
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node, PeriodValue } from "../rules/types.js";
import { countsTraders } from "./agent-count.js";
import { figurelessAsides } from "./asides.js";
import { bareFrame, isBareClause } from "./bare-clause.js";
import { type ClauseCues, opensWith, readCues } from "./clause-cues.js";
import { readEntities } from "./clause-entities.js";
import { readFlows } from "./clause-flows.js";
import { periodAfterBaseline, readPeriods } from "./clause-periods.js";
import type { Clause } from "./clauses.js";
import { cuesIn } from "./cue-index.js";
import { type Figures, isFigure, readFigures } from "./figures.js";
import { growthAfter } from "./growth-after.js";
import { cuedSegment, type SegmentMention } from "./segments.js";
import { readSpanValues } from "./span-values.js";
import type { ChangeRef, ClauseFrame } from "./types.js";
import {
  goodsOfUnknownOrigin,
  namelessGroup,
  unknownFlowModifier,
  unknownGoods,
  unknownGoodsPhrase,
  unknownPartner,
  unknownTradeObject,
} from "./unknown-names.js";

type ClauseEntitiesOf = Pick<
  ReturnType<typeof readEntities>,
  "reporters" | "partners" | "commodities"
>;

export interface FrameInput {
  tokens: readonly LexToken[];
  segments: readonly SegmentMention[];
  entityInfo: (id: string) => EntityInfo | undefined;
}

export function readFrame(clause: Clause, input: FrameInput): ClauseFrame {
  const { tokens } = input;
  if (isBareClause(clause, tokens, input.segments)) return bareFrame(clause, tokens);
  return readStatedFrame(clause, input);
}

/** The frame of a clause that may state something, every reader asked. */
export function readStatedFrame(clause: Clause, input: FrameInput): ClauseFrame {
  const { tokens } = input;
  const cues = readCues(clause, tokens);
  const asides = figurelessAsides(tokens, clause.nodes, isFigure, clause.first, clause.last);
  const subject = nodesBefore(clause.nodes, cues.wholeAt, asides);
  // "… of China's total trade, which grew 2.3% to 26.43 trillion yuan": the whole's figures
  const own = nodesBefore(clause.nodes, cues.ownUntil, NO_ASIDES);
  const figures = readFigures(own, tokens, cues.laterCompare, cues.subjectKind);
  const entities = readEntities(subject, tokens, input.entityInfo, cues.firstFigure);
  const listed = readSegments(input.segments, clause.first, cues.wholeAt);
  const cued = listed.length ? null : cuedSegment(tokens, clause.first, cues.firstFigure);
  const segments = cued ? [cued] : listed;
  const span = readSpanValues(clause.nodes, tokens);
  const periods = readPeriods(clause, tokens, cues.wholeAt, cues.compareAt, span?.fromPeriodAt);
  const n = Math.max(figures.values.length, figures.changes.length, figures.shares.length);
  // "exports to A, B and C fell 8%, 3% and 1% respectively in the first three quarters": the
  // list pairs with the places, goods or segments it names, not with the period's quarters
  const listedSubjects = namesAsMany(n, entities, segments);
  // several periods pair with as many figures; with another number, the clause says nothing
  const byUnit = !periods.all.length && n > 1 && periods.units.length === n && !listedSubjects;
  const dealtPeriods = span ? [] : byUnit ? periods.units : periods.all;
  const dated = Math.max(dealtPeriods.length, periods.measured ? 1 : 0);
  // "exports and imports" is two flows only where nothing else accounts for the figures
  const accounted = listedSubjects || dated === n;
  const flows = readFlows(outsideSegments(subject, input.segments), tokens, accounted ? 1 : n);
  // "up 6%, faster than in the second quarter" compares rates: the quarter is no baseline
  const rateCompared = senseAt(tokens, cues.compareAt, "compareCue")?.entry.value === "rate";
  const baselineOfChanges =
    periods.comparedTo && !statesCompared(figures) && !rateCompared
      ? periods.comparedTo
      : (span?.from.period ?? null);
  return {
    start: tokens[clause.first]?.start ?? 0,
    end: tokens[clause.last - 1]?.end ?? 0,
    reporters: entities.reporters,
    partners: entities.partners,
    commodities: entities.commodities,
    flows: flows.flows,
    deficit: flows.deficit,
    vague: flows.vague,
    segments,
    period: span?.to.period
      ? span.to.period
      : (periods.measured ??
        periodAfterBaseline(figures.changes[0]?.baseline ?? baselineOfChanges)),
    periods: dealtPeriods,
    theYear: periods.theYear && !span,
    ...comparedSlots(figures, periods.comparedTo),
    values: span ? [span.to.value] : figures.values,
    earlier: span ? span.from : null,
    quantities: figures.quantities,
    prices: figures.prices,
    changes: withBaseline(figures.changes, baselineOfChanges),
    shares: figures.shares,
    anaphora: readAnaphora(tokens, clause, cues),
    notTrade:
      notTrade(subject, tokens, clause, cues, entities) ||
      (!segments.length && cueBefore(tokens, clause.first, cues.firstFigure, "segmentCue")),
    unknownGoods: namesUnknownGoods(subject, clause, cues, entities.commodities.length > 0, {
      tokens,
      segments,
      mentions: input.segments,
    }),
    // what the words before the first figure announce it as: a sum, a forecast, an expectation
    cumulative: cueBefore(tokens, clause.first, cues.firstFigure, "cumulative"),
    forecast: cueBefore(tokens, clause.first, cues.firstFigure, "forecast"),
    expectation: expectedBefore(tokens, clause.first, cues.firstFigure),
    // the slots in the order of the bare frame's: one shape for every frame
    shiftsTopic: opensWith(tokens, clause, "topicShift"),
    partOf: clause.partOf,
  };
}

/** The clause's figures are those of goods no list names, or of named goods from an origin
 * no list names. */
function namesUnknownGoods(
  subject: readonly Node[],
  clause: Clause,
  cues: ClauseCues,
  namesGoods: boolean,
  words: {
    tokens: readonly LexToken[];
    segments: readonly Segment[];
    mentions: readonly SegmentMention[];
  },
): boolean {
  const { tokens } = words;
  if (goodsOfUnknownOrigin(subject, tokens)) return true;
  if (namesGoods || words.segments.length) return false;
  return (
    unknownGoods(subject, tokens) ||
    unknownTradeObject(subject, tokens, words.mentions) ||
    unknownFlowModifier(subject, tokens, clause.first) ||
    unknownGoodsPhrase(subject, tokens, clause.first, Math.min(cues.firstFigure, cues.wholeAt))
  );
}

/** Figures stated for the period compared with: changes or amounts. */
function statesCompared(f: Figures): boolean {
  return f.compared.length + f.comparedValues.length + f.comparedQuantities.length > 0;
}

/** The frame's slots of the period compared with, and what that period is. */
function comparedSlots(f: Figures, comparedTo: PeriodValue | null) {
  const stated = statesCompared(f);
  return {
    comparedPeriod: stated ? comparedTo : null,
    comparedYearBefore: stated && !comparedTo && f.yearEarlier,
    comparedChanges: f.compared,
    comparedValues: f.comparedValues,
    comparedQuantities: f.comparedQuantities,
  };
}

/** The clause names as many reporters, partners, goods or segments as it gives figures. */
function namesAsMany(n: number, named: ClauseEntitiesOf, segments: readonly Segment[]): boolean {
  return (
    named.reporters.length === n ||
    named.partners.length === n ||
    named.commodities.length === n ||
    segments.length === n
  );
}

/** "were expected to grow 4%": a word of expectation before the first figure */
function expectedBefore(tokens: readonly LexToken[], from: number, firstFigure: number) {
  return cueBefore(tokens, from, firstFigure, "forecast", undefined, "expectation");
}

/** Changes without a baseline of their own take the clause's (a copy; none: as they are). */
function withBaseline(changes: ChangeRef[], baseline: PeriodValue | null): ChangeRef[] {
  if (baseline === null) return changes;
  return changes.map((c) => (c.baseline ? c : { ...c, baseline }));
}

const NO_ASIDES: ReadonlyArray<[number, number]> = [];

/**
 * The clause's nodes before `end`, but those inside a figureless aside: the clause's own list
 * where that is all of them (most clauses), else a copy.
 */
function nodesBefore(
  nodes: readonly Node[],
  end: number,
  asides: ReadonlyArray<[number, number]>,
): readonly Node[] {
  let all = true;
  for (const n of nodes) if (n.first >= end || inAside(n, asides)) all = false;
  if (all) return nodes;
  const out: Node[] = [];
  for (const n of nodes) if (n.first < end && !inAside(n, asides)) out.push(n);
  return out;
}

function inAside(n: Node, asides: ReadonlyArray<[number, number]>): boolean {
  for (const [a, b] of asides) if (n.first > a && n.first < b) return true;
  return false;
}

/** "processing trade exports": the flow word inside a breakdown's name is no flow */
function outsideSegments(
  nodes: readonly Node[],
  segments: readonly SegmentMention[],
): readonly Node[] {
  if (!segments.length) return nodes;
  return nodes.filter((x) => !segments.some((m) => x.first >= m.first && x.last <= m.last));
}

/** A count, another economy's figure, a rate's change, a partner unknown. */
function notTrade(
  subject: readonly Node[],
  tokens: readonly LexToken[],
  clause: Clause,
  cues: ClauseCues,
  named: { partners: unknown[]; foreignSubject: boolean },
): boolean {
  return (
    cueBefore(tokens, clause.first, cues.firstFigure, "nonTrade", clause.last) ||
    countsTraders(clause.nodes, tokens, cues.firstFigure) ||
    namelessGroup(subject, tokens) ||
    named.foreignSubject ||
    cues.rateChanged ||
    (!named.partners.length && unknownPartner(subject, tokens))
  );
}

/** "The growth rates were …" opens on the rate: it speaks of the facts before */
function opensWithRate(tokens: readonly LexToken[], clause: Clause, rateAt: number): boolean {
  for (let i = clause.first; i < rateAt && i < tokens.length; i++) {
    const w = tokens[i].norm;
    if (w !== "the" && w !== "their" && w !== "its" && w !== ",") return false;
  }
  return true;
}

/** A forecast, a figure that is not trade or a breakdown, announced before the first figure. */
function cueBefore(
  tokens: readonly LexToken[],
  from: number,
  to: number,
  cls: "nonTrade" | "forecast" | "segmentCue" | "cumulative",
  /** the clause's end: how far a contribution's whole may reach */
  end = to,
  /** only a sense with this value counts */
  value?: string,
): boolean {
  for (const i of cuesIn(tokens, cls, from, to)) {
    // "more than expected", "faster than forecast", "faster than analysts had predicted": a
    // comparison with a forecast, not one
    if (tokens[i - 1]?.norm === "than" || (cls === "forecast" && thanBefore(tokens, i, from)))
      continue;
    const sense = senseAt(tokens, i, cls);
    // "contributed 16.5% to the country's trade" is a share; "… to its growth" is no fact
    if (
      sense?.entry.value === "contribution" &&
      !growthAfter(tokens, i + 1, { end, stopAtPunctuation: false })
    )
      continue;
    if (sense && (value === undefined || sense.entry.value === value)) return true;
  }
  return false;
}

/** how many words back a forecast word may stand from "than": "than many analysts had predicted" */
const THAN_REACH = 4;

function thanBefore(tokens: readonly LexToken[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - THAN_REACH); k--)
    if (tokens[k].norm === "than") return true;
  return false;
}

function readSegments(segments: readonly SegmentMention[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) if (s.first >= from && s.first < to) out.push(s.segment);
  return out;
}

/**
 * The anaphora of a clause's subject: "the city" (reporter), "the country" after "with"
 * (partner), "bilateral", "these countries" (partner), "It accounted for …" and "The growth
 * rates were …" opening the clause (the fact before).
 */
function readAnaphora(tokens: readonly LexToken[], clause: Clause, cues: ClauseCues) {
  const from = clause.first;
  const found = { reporter: false, partner: false, bilateral: false, fact: false };
  for (const i of cuesIn(tokens, "anaphor", from, cues.wholeAt)) {
    const value = senseAt(tokens, i, "anaphor")?.entry.value;
    if (value === undefined || value === "period") continue;
    const prev = tokens[i - 1]?.norm ?? "";
    const partnerSide = senseAt(tokens, i - 1, "partnerPrep") !== null || prev === "and";
    if (value === "partner") found.bilateral = true;
    if (value === "partner" || (value === "place" && partnerSide)) found.partner = true;
    // "It accounted for …" opens the clause; "it" elsewhere is not the fact before
    else if (value === "fact") found.fact ||= i === from || tokens[i - 1]?.norm === ",";
    // "Its total trade hit …" opens the clause: the place named before; "its" elsewhere is not
    else if (value === "possessive") found.reporter ||= i === from;
    else found.reporter = true;
  }
  if (
    cues.subjectKind === "rate" &&
    !cues.rateChanged &&
    opensWithRate(tokens, clause, cues.rateAt)
  )
    found.fact = true;
  return found;
}
