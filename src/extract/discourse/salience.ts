/**
 * Discourse: what the text is about at each point, slot by slot, so that a clause which leaves
 * a slot unsaid takes it from where the reader would.
 *
 * Why explicit state: "Exports rose 10.6%" after "In the first four months, Anhui's trade ..."
 * is Anhui's, in those months; the next paragraph, with no period of its own, is about the
 * document's main period again. Each slot has a scope: the document (its default reporter, its
 * main period), the paragraph (the last reporter, partner and period named), the sentence (the
 * last flow). Anaphora ("the province", "the country") reach the state explicitly.
 */
import type { Flow, Period } from "../../core/contract.js";
import type { DocDate } from "../rules/resolve-period.js";

export interface DocumentScope {
  date: DocDate | null;
  /** whose trade a figure is when the text names no one: China, or the area a report is about */
  defaultReporter: string;
  /** the period the document is about: its title's, else the first multi-month period stated */
  mainPeriod: Period | null;
}

export interface ParagraphScope {
  reporter: string | null;
  partner: string | null;
  period: Period | null;
  /** the last explicit year the paragraph stated, for months written without one */
  year: number | null;
}

export interface SentenceScope {
  flow: Flow | null;
  period: Period | null;
}

export function newParagraph(doc: DocumentScope): ParagraphScope {
  return { reporter: null, partner: null, period: null, year: null };
}

export function newSentence(): SentenceScope {
  return { flow: null, period: null };
}

/** The reporter of a clause that names none. */
export function salientReporter(doc: DocumentScope, para: ParagraphScope): string {
  return para.reporter ?? doc.defaultReporter;
}

/** The period of a clause that states none: the sentence's, the paragraph's, the document's. */
export function salientPeriod(
  doc: DocumentScope,
  para: ParagraphScope,
  sentence: SentenceScope,
): Period | null {
  return sentence.period ?? para.period ?? doc.mainPeriod;
}

/** The date months without a year resolve against: the document's, else the paragraph's year. */
export function dateForMonths(doc: DocumentScope, para: ParagraphScope): DocDate | null {
  if (doc.date) return doc.date;
  return para.year === null ? null : { year: para.year, month: 12 };
}

/** After a clause: what it named becomes salient for the clauses after it. */
export function noteClause(
  doc: DocumentScope,
  para: ParagraphScope,
  sentence: SentenceScope,
  stated: {
    reporter: string | null;
    partner: string | null;
    period: Period | null;
    flow: Flow | null;
    year: number | null;
  },
): void {
  if (stated.reporter) para.reporter = stated.reporter;
  if (stated.partner) para.partner = stated.partner;
  if (stated.flow) sentence.flow = stated.flow;
  if (stated.year !== null) para.year = stated.year;
  if (stated.period) {
    sentence.period = stated.period;
    para.period = stated.period;
    if (!doc.mainPeriod && stated.period.start !== stated.period.end)
      doc.mainPeriod = stated.period;
  }
}
