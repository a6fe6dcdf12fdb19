/**
 * The trade facts of a document: each sentence read into clause frames, filled from the
 * discourse state as the reader goes, dealt out into drafts and merged by key.
 *
 * Why this walk order: salience is a reading order (document → paragraph → sentence →
 * clause); a clause can only take from what came before it.
 */
import type { Period, TradeFact } from "../../core/contract.js";
import { fillFrame } from "../discourse/fill-frame.js";
import {
  type DocumentScope,
  dateForMonths,
  newParagraph,
  newSentence,
  type ParagraphScope,
} from "../discourse/salience.js";
import type { EntityInfo, Mention } from "../entities/index.js";
import { type Draft, mergeDrafts } from "../frames/merge.js";
import type { ClauseFrame } from "../frames/types.js";
import type { AtomReading } from "../rules/index.js";
import type { DocDate } from "../rules/resolve-period.js";
import { resolvePeriod } from "../rules/resolve-period.js";
import type { Range } from "../sentences.js";
import { draftsOfFrame } from "./fill.js";
import { readSentenceFrames } from "./read-sentence.js";

export interface TradeParagraph {
  sentences: Range[];
  speaker: string | null;
  fromFloor: boolean;
}

export interface TradeReadingInput {
  text: string;
  date: DocDate | null;
  /** the period the title states, if any */
  titlePeriod: Period | null;
  defaultReporter: string;
  paragraphs: readonly TradeParagraph[];
  mentions: readonly Mention[];
  entityInfo: (id: string) => EntityInfo | undefined;
  /** if given, each sentence's atom reading is kept here by the sentence's start (the checks
   * read the figures of a fact's quote from it, instead of reading the quote again) */
  readings?: Map<number, AtomReading>;
}

/** Sentences longer than this are not read for facts: keeps the cost linear on run-on text. */
export const MAX_SENTENCE = 3000;

export function readTradeFacts(input: TradeReadingInput): TradeFact[] {
  const { text } = input;
  const doc: DocumentScope = {
    date: input.date,
    defaultReporter: input.defaultReporter,
    mainPeriod: input.titlePeriod,
    lastPartner: null,
    lastFact: null,
    topicCommodity: null,
    topicFlow: null,
  };
  const drafts: Draft[] = [];
  for (const p of input.paragraphs) {
    const para = newParagraph();
    for (const s of p.sentences) {
      if (s.end - s.start > MAX_SENTENCE) continue;
      const sentence = newSentence();
      const statement = {
        evidence: { start: s.start, end: s.end, quote: text.slice(s.start, s.end) },
        speaker: p.speaker,
      };
      const { frames, reading } = readSentenceFrames(text, s, input.mentions, input.entityInfo);
      input.readings?.set(s.start, reading);
      // a period stated anywhere in the sentence holds for its clauses that state none
      sentence.period = sentencePeriod(frames, doc, para);
      for (const frame of frames) {
        const filled = fillFrame(frame, { doc, para, sentence });
        // a question from the floor restates figures: it gives no fact
        if (filled && !p.fromFloor) drafts.push(...draftsOfFrame(frame, filled, doc, statement));
      }
      // "zones A grew 29%, zones B 32% and port C 46%": a sentence comparing several reporters
      // leaves none of them the topic of what follows
      if (new Set(frames.flatMap((f) => f.reporters.map((r) => r.id))).size > 1)
        para.reporter = null;
    }
  }
  return mergeDrafts(drafts);
}

function sentencePeriod(
  frames: readonly ClauseFrame[],
  doc: DocumentScope,
  para: ParagraphScope,
): Period | null {
  const stated = frames.find((f) => f.period)?.period;
  return stated ? resolvePeriod(stated, dateForMonths(doc, para)) : null;
}
