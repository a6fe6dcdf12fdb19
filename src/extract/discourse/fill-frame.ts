/**
 * A clause frame + the discourse state → the frame with every slot it can have filled, or null
 * when it states no trade fact (no period, no flow, a question from the floor, not trade).
 *
 * Why these sources, in this order: a slot the clause states wins; an anaphor ("the country",
 * "bilateral", "it") reaches the state it names; an unnamed reporter is the paragraph's or the
 * document's; an unnamed partner is the paragraph's topic, never merely the last one named
 * (precision: "exports rose" after a sentence on ASEAN is not ASEAN's without a cue).
 */
import type { Flow, Period } from "../../core/contract.js";
import type { FilledFrame } from "../frames/deal.js";
import { CHINA } from "../frames/entity-roles.js";
import type { ClauseFrame } from "../frames/types.js";
import { resolvePeriod } from "../rules/resolve-period.js";
import {
  type DocumentScope,
  dateForMonths,
  type FactSlots,
  notePeriod,
  type ParagraphScope,
  type SentenceScope,
  salientPeriod,
} from "./salience.js";

export interface Scopes {
  doc: DocumentScope;
  para: ParagraphScope;
  sentence: SentenceScope;
}

export function fillFrame(frame: ClauseFrame, { doc, para, sentence }: Scopes): FilledFrame | null {
  const period = clausePeriod(frame, doc, para, sentence);
  if (frame.shiftsTopic) {
    para.topicSegment = null;
    para.topicPartner = null;
  }
  const before = frame.anaphora.fact ? para.lastFact : null;
  const reporters = frame.reporters.map((r) => r.id);
  const partners = frame.partners.map((p) => p.id);
  const commodities = frame.commodities.map((c) => c.id);
  // "shipments" alone go the way of the fact before, if it is known
  const vagueFlows = frame.vague
    ? (doc.lastFact?.flows.slice(0, 1) ?? (doc.topicFlow ? [doc.topicFlow] : []))
    : null;
  const flows =
    vagueFlows ?? (frame.flows.length ? frame.flows : inferredFlow(frame, sentence, before?.flows));
  const figures =
    frame.values.length + frame.changes.length + frame.quantities.length + frame.shares.length;
  noteSlots(doc, para, sentence, { reporters, partners, flows, figures: figures > 0, frame });
  const namesNothing = !reporters.length && !partners.length && !commodities.length;
  if (frame.unknownGoods) sentence.unknownGoods = true;
  if (frame.notTrade) sentence.notTrade = true;
  if (!period || !flows.length || !figures || ruledOut(frame, sentence, namesNothing, period, doc))
    return null;
  // a clause that names nothing goes on about what the sentence or paragraph was about
  const carried =
    before ??
    (frame.partOf === "sentence"
      ? doc.lastFact
      : frame.partOf === "clause" || namesNothing
        ? sentence.lastFact
        : null);
  const filled: FilledFrame = {
    reporters: reporters.length
      ? reporters
      : carried?.reporters.length
        ? carried.reporters
        : [anaphoricReporter(frame, para) ?? doc.defaultReporter],
    partners: partners.length
      ? partners
      : salientPartner(frame, doc, para, (carried ?? partnerOnly(reporters, sentence))?.partners),
    commodities: commodities.length
      ? commodities
      : salientGoods(frame, doc, carried?.commodities ?? partnerShareGoods(frame, sentence)),
    flows,
    segments: frame.segments.length
      ? frame.segments
      : salientSegments(para, !reporters.length && !partners.length, carried),
    deficit: frame.deficit,
    period,
    periods: resolvedAll(frame, doc, para),
    values: frame.values,
    quantities: frame.quantities,
    prices: frame.prices,
    changes: frame.changes,
    shares: frame.shares,
  };
  // "bilateral trade reached …" with no partner named before: no one's trade we can name
  if (frame.anaphora.bilateral && !filled.partners.length) return null;
  noteFact(filled, reporters, { doc, para, sentence });
  return filled;
}

/**
 * "Imports of soybeans hit 105 million tonnes, with Brazil supplying 71% of the total": a
 * clause that gives a partner nothing but a share is the partner's part of the goods the
 * sentence measured before it.
 */
function partnerShareGoods(frame: ClauseFrame, sentence: SentenceScope): string[] | undefined {
  const onlyShares =
    frame.shares.length > 0 &&
    !frame.values.length &&
    !frame.quantities.length &&
    !frame.prices.length &&
    !frame.changes.length;
  if (!onlyShares || !frame.partners.length || frame.reporters.length) return undefined;
  const goods = sentence.lastFact?.commodities;
  return goods?.length === 1 ? goods : undefined;
}

/** The clause's own period, noted for the clauses after it; else the one they are about. */
function clausePeriod(
  frame: ClauseFrame,
  doc: DocumentScope,
  para: ParagraphScope,
  sentence: SentenceScope,
): Period | null {
  const stated = frame.period
    ? frame.theYear && para.year !== null
      ? { start: `${para.year}-01`, end: `${para.year}-12` }
      : resolvePeriod(frame.period, dateForMonths(doc, para))
    : null;
  if (stated) notePeriod(doc, para, sentence, stated);
  if (frame.period?.year.kind === "explicit") para.year = frame.period.year.year;
  return stated ?? (frame.period ? null : salientPeriod(doc, para, sentence));
}

/**
 * Clauses that state no fact the graph can hold: not trade, goods we cannot name (and what a
 * nameless clause adds after them), cumulative figures outside a span of years, forecasts.
 */
function ruledOut(
  frame: ClauseFrame,
  sentence: SentenceScope,
  namesNothing: boolean,
  period: Period,
  doc: DocumentScope,
): boolean {
  if (frame.unknownGoods || (sentence.unknownGoods && namesNothing)) return true;
  if (frame.notTrade || (sentence.notTrade && namesNothing && !frame.flows.length)) return true;
  // "cumulative imports surpassed 150 trillion": over years, never one year's figure
  if (frame.cumulative && !multiYear(period)) return true;
  // "exports were expected to grow 4% in 2020": an expectation, even of a period now past
  if (frame.expectation) return true;
  // "in 2021, the zone will achieve 5.9 trillion" in a 2022 text: the tense is the writer's
  return frame.forecast && !endedBefore(period, doc);
}

/** The fact stated is what "it", "therein" and the next nameless clause refer to. */
function noteFact(filled: FilledFrame, named: string[], { doc, para, sentence }: Scopes): void {
  const slots = {
    reporters: filled.reporters,
    partners: withoutNulls(filled.partners),
    commodities: withoutNulls(filled.commodities),
    flows: filled.flows,
    segments: withoutNulls(filled.segments),
  };
  // the lead's place is what a report is about ("The foreign trade of Hainan hit …")
  if (!doc.lastFact && doc.defaultReporter === CHINA && named.length === 1)
    doc.defaultReporter = named[0];
  para.lastFact = slots;
  sentence.lastFact = slots;
  doc.lastFact = slots;
}

/** The items but the empty ones: the list itself where it has none (no slot list is changed
 * once filled, so the fact noted may share it). */
function withoutNulls<T>(xs: Array<T | null>): T[] {
  for (const x of xs) if (x === null) return xs.filter((y): y is T => y !== null);
  return xs as T[];
}

/** "Guangdong remained the top trader. Its trade hit …": "its", "the province" name the place
 * named last, even in a sentence without figures; otherwise the paragraph's reporter */
function anaphoricReporter(frame: ClauseFrame, para: ParagraphScope): string | null {
  return (frame.anaphora.reporter ? para.namedReporter : null) ?? para.reporter;
}

/** "Exports to Africa doubled, and steel exports reached …": a partner holds for its sentence */
function partnerOnly(reporters: string[], sentence: SentenceScope): FactSlots | null {
  return reporters.length ? null : sentence.lastFact;
}

/**
 * The goods of a clause that names none: the fact it refers to, or the document's topic
 * ("China's coal imports soared. Arrivals from Russia rose 36% to 25 million tonnes") where
 * the clause needs goods: a quantity counts something.
 */
function salientGoods(frame: ClauseFrame, doc: DocumentScope, before?: string[]): string[] {
  if (before?.length) return before;
  return frame.quantities.length > 0 && doc.topicCommodity && !frame.segments.length
    ? [doc.topicCommodity]
    : [];
}

/** "Private enterprises … Exports of household appliances rose 46%": the paragraph's segment
 * holds for goods too, but not for another place or partner */
function salientSegments(para: ParagraphScope, noPlace: boolean, carried: FactSlots | null) {
  if (carried?.segments.length) return carried.segments;
  return noPlace && para.topicSegment ? [para.topicSegment] : [];
}

function multiYear(p: Period): boolean {
  return Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4)) >= 1 && p.end > p.start;
}

/** The period ended before the document's month (a known date is needed to say so). */
function endedBefore(period: Period, doc: DocumentScope): boolean {
  if (!doc.date) return false;
  return period.end < `${doc.date.year}-${String(doc.date.month).padStart(2, "0")}`;
}

/** The clause's several periods, resolved; empty when it states one or none. */
function resolvedAll(frame: ClauseFrame, doc: DocumentScope, para: ParagraphScope): Period[] {
  const all = frame.periods.map((p) => resolvePeriod(p, dateForMonths(doc, para)));
  return all.every((p): p is Period => p !== null) ? all : [];
}

function inferredFlow(frame: ClauseFrame, sentence: SentenceScope, before?: Flow[]): Flow[] {
  if (before?.length) return before;
  if (sentence.flow) return [sentence.flow];
  // "private enterprises grew 22.3%", "a 30.7% increase with Vietnam": their whole trade
  return frame.segments.length || frame.partners.length ? ["TOTAL"] : [];
}

function salientPartner(
  frame: ClauseFrame,
  doc: DocumentScope,
  para: ParagraphScope,
  before?: string[],
): string[] {
  if (before?.length) return before;
  // "bilateral trade": with the partner the paragraph, or else the document, last named
  const named = para.partner ?? doc.lastPartner;
  if (frame.anaphora.partner && named) return [named];
  if (para.topicPartner) return [para.topicPartner];
  // "… crude oil from Belt and Road countries. Meanwhile, imported farm products reached …":
  // goods named without a partner go on with the paragraph's partner
  return frame.commodities.length && !frame.reporters.length && para.partner ? [para.partner] : [];
}

/** What this clause makes salient for the clauses after it. */
function noteSlots(
  doc: DocumentScope,
  para: ParagraphScope,
  sentence: SentenceScope,
  c: {
    reporters: string[];
    partners: string[];
    flows: Flow[];
    figures: boolean;
    frame: ClauseFrame;
  },
): void {
  // "China's general trade grew rapidly": the segment the paragraph goes on about
  if (c.frame.segments.length === 1) para.topicSegment = c.frame.segments[0];
  else if (c.reporters.length || c.partners.length) para.topicSegment = null;
  // only a clause that states a figure makes its reporter salient ("said … in Beijing" does not)
  if (c.figures && c.reporters.length === 1) para.reporter = c.reporters[0];
  if (c.reporters.length === 1) para.namedReporter = c.reporters[0];
  if ((c.figures || c.flows.length) && c.partners.length === 1) {
    para.partner = c.partners[0];
    doc.lastPartner = c.partners[0];
  }
  // a sentence about trade with a partner, without figures, announces the paragraph's topic
  if (!c.figures && c.flows.length && c.partners.length === 1) para.topicPartner = c.partners[0];
  // a sentence about the trade in one kind of goods, without figures, names the document's topic
  if (!c.figures && c.flows.length && c.frame.commodities.length === 1) {
    doc.topicCommodity = c.frame.commodities[0].id;
    doc.topicFlow = c.flows.length === 1 ? c.flows[0] : null;
  }
  if (c.flows.length === 1) sentence.flow = c.flows[0];
  // "Beijing's trade with Chile grew fast. That number reached …": what "that number" names
  const named =
    c.reporters.length + c.partners.length + c.frame.commodities.length + c.frame.segments.length;
  if (!c.figures && c.flows.length && named && !c.frame.notTrade)
    para.lastFact = {
      reporters: c.reporters,
      partners: c.partners,
      commodities: c.frame.commodities.map((x) => x.id),
      flows: c.flows,
      segments: c.frame.segments,
    };
}
