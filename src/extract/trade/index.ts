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
import type { AtomReading, EntityMention } from "../rules/index.js";
import type { DocDate } from "../rules/resolve-period.js";
import { resolvePeriod } from "../rules/resolve-period.js";
import type { Range } from "../sentences.js";
import { draftsOfFrame, type Statement } from "./fill.js";
import { readSentenceAtoms, readSentenceFrames, sentenceEntities } from "./read-sentence.js";
import {
  mayNoteForDocument,
  mayStateFigure,
  type Words,
  wordsIn,
  wordsMayNoteForDocument,
  wordsMayStateFigure,
  wordsStateNothing,
} from "./sentence-effects.js";

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
  for (const p of input.paragraphs) readParagraph(input, p, doc, drafts);
  return mergeDrafts(drafts);
}

/**
 * One paragraph, the atoms of its sentences that may state a figure read first: after the
 * last that does, a sentence is framed only if it may note something for the document
 * (sentence-effects.ts), and its atoms are read only if its words say it may; the
 * paragraph's own state is read by no sentence after it.
 */
function readParagraph(
  input: TradeReadingInput,
  p: TradeParagraph,
  doc: DocumentScope,
  drafts: Draft[],
): void {
  const { text } = input;
  const sentences = p.sentences.map((s) => sentenceOf(input, s));
  const lastFigure = sentences.findLastIndex((x) => x?.reading && mayStateFigure(x.reading));
  const para = newParagraph();
  sentences.forEach((x, k) => {
    if (!x) return;
    const { s, entities } = x;
    const known = doc.mainPeriod !== null;
    if (k > lastFigure && !wordsMayNoteForDocument(x.words, entities, input.entityInfo, known))
      return;
    if (!x.reading && wordsStateNothing(x.words, entities)) return;
    const reading = x.reading ?? readSentenceAtoms(text, s, entities, x.words.tokens);
    input.readings?.set(s.start, reading);
    if (k > lastFigure && !mayNoteForDocument(reading, input.entityInfo, known)) return;
    const frames = readSentenceFrames(reading, input.entityInfo);
    if (!frames.length) return;
    const sentence = newSentence();
    // a period stated anywhere in the sentence holds for its clauses that state none
    sentence.period = sentencePeriod(frames, doc, para);
    const scopes = { doc, para, sentence };
    // the quote is cut once, for the sentence's first draft
    let statement: Statement | null = null;
    for (const frame of frames) {
      const filled = fillFrame(frame, scopes);
      // a question from the floor restates figures: it gives no fact
      if (!filled || p.fromFloor) continue;
      statement ??= {
        evidence: { start: s.start, end: s.end, quote: text.slice(s.start, s.end) },
        speaker: p.speaker,
      };
      for (const d of draftsOfFrame(frame, filled, doc, statement)) drafts.push(d);
    }
    // "zones A grew 29%, zones B 32% and port C 46%": a sentence comparing several reporters
    // leaves none of them the topic of what follows
    if (severalReporters(frames)) para.reporter = null;
  });
}

function severalReporters(frames: readonly ClauseFrame[]): boolean {
  let one: string | null = null;
  for (const f of frames)
    for (const r of f.reporters) {
      if (one === null) one = r.id;
      else if (r.id !== one) return true;
    }
  return false;
}

interface SentenceWords {
  s: Range;
  words: Words;
  entities: EntityMention[];
  /** its atoms, read at once when its words may state a figure */
  reading: AtomReading | null;
}

/** A sentence's words and mentions, and its atoms if they may hold a figure; null if too long. */
function sentenceOf(input: TradeReadingInput, s: Range): SentenceWords | null {
  if (s.end - s.start > MAX_SENTENCE) return null;
  const words = wordsIn(input.text, s);
  const entities = sentenceEntities(input.mentions, s);
  const reading = wordsMayStateFigure(words)
    ? readSentenceAtoms(input.text, s, entities, words.tokens)
    : null;
  return { s, words, entities, reading };
}

function sentencePeriod(
  frames: readonly ClauseFrame[],
  doc: DocumentScope,
  para: ParagraphScope,
): Period | null {
  const stated = frames.find((f) => f.period)?.period;
  return stated ? resolvePeriod(stated, dateForMonths(doc, para)) : null;
}
