/**
 * Discourse state: what the text is about at each point, slot by slot, so that a clause which
 * leaves a slot unsaid takes it from where the reader would.
 *
 * Why explicit state: "Exports rose 10.6%" after "In the first four months, Anhui's trade ..."
 * is Anhui's, in those months; the next paragraph, with no period of its own, is about the
 * document's main period again. Each slot has a scope: the document (its default reporter, its
 * main period), the paragraph (the last reporter, partner and period named, the topic a
 * sentence without figures announced, the last fact), the sentence (its period and last flow).
 */
import type { Flow, Period, Segment } from "../../core/contract.js";
import type { DocDate } from "../rules/resolve-period.js";

export interface DocumentScope {
  date: DocDate | null;
  /** whose trade a figure is when the text names no one: China, or the area a report is about */
  defaultReporter: string;
  /** the period the document is about: its title's, else the first multi-month period stated */
  mainPeriod: Period | null;
  /** the partner last named with a flow or a figure: what "bilateral trade" is with */
  lastPartner: string | null;
  /** the last fact stated: what a sentence opening with "Therein," is a part of */
  lastFact: FactSlots | null;
  /** the goods a sentence without figures announced: "China's coal imports soared in 2017." */
  topicCommodity: string | null;
  /** the flow of that announcement ("imports"): where "shipments" alone go */
  topicFlow: Flow | null;
}

/** The slots of the last fact-bearing clause: what "It accounted for 29.6%" refers to. */
export interface FactSlots {
  reporters: string[];
  partners: string[];
  commodities: string[];
  flows: Flow[];
  segments: Segment[];
}

export interface ParagraphScope {
  reporter: string | null;
  /** the last place named as a reporter, with figures or not: what "the province", "its" name */
  namedReporter: string | null;
  partner: string | null;
  /** "Second, exports to Belt and Road countries grew fast.": the partner of what follows */
  topicPartner: string | null;
  /** "China's general trade grew rapidly. … Exports reached …": the segment of what follows */
  topicSegment: Segment | null;
  period: Period | null;
  /** the last explicit year the paragraph stated, for months written without one */
  year: number | null;
  lastFact: FactSlots | null;
}

export interface SentenceScope {
  flow: Flow | null;
  period: Period | null;
  /** the last fact of the sentence: "exports to the US rose 5%, while imports fell 3%" */
  lastFact: FactSlots | null;
  /** a clause spoke of goods we cannot name: what follows without a name is about them too */
  unknownGoods: boolean;
  /** a clause spoke of no trade (tax, cases): what follows with no name nor flow goes on so */
  notTrade: boolean;
}

export function newParagraph(): ParagraphScope {
  return {
    reporter: null,
    namedReporter: null,
    partner: null,
    topicPartner: null,
    topicSegment: null,
    period: null,
    year: null,
    lastFact: null,
  };
}

export function newSentence(): SentenceScope {
  return { flow: null, period: null, lastFact: null, unknownGoods: false, notTrade: false };
}

/** The period of a clause that states none: the sentence's, the paragraph's, the document's. */
export function salientPeriod(doc: DocumentScope, para: ParagraphScope, sentence: SentenceScope) {
  return sentence.period ?? para.period ?? doc.mainPeriod;
}

/** The date months without a year resolve against: the document's, else the paragraph's year. */
export function dateForMonths(doc: DocumentScope, para: ParagraphScope): DocDate | null {
  if (doc.date) return doc.date;
  return para.year === null ? null : { year: para.year, month: 12 };
}

export function notePeriod(
  doc: DocumentScope,
  para: ParagraphScope,
  sentence: SentenceScope,
  p: Period,
) {
  sentence.period = p;
  para.period = p;
  if (!doc.mainPeriod && p.start !== p.end) doc.mainPeriod = p;
}
