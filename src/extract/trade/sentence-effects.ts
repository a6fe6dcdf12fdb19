/**
 * What a sentence can still change, read from its atoms before it is composed and framed, so
 * that the trade walk reads no further a sentence whose frames could change nothing it reads.
 *
 * Why each test is exact, from the layers after the atoms:
 * - composition: every rule but the list rule needs a node of a kind outside `INERT_KINDS`,
 *   so a chart of such atoms holds only them and lists of flow terms (the test composes every
 *   inert word with the rules' grammar words to hold the rules to it);
 * - frames: figures are read from Money, Quantity, Price, Percent, Multiple nodes and the
 *   Changes and Quantities rules make of Percent and Multiple atoms and of a Count before
 *   goods; periods are Period nodes (or a figure's baseline or span); reporters, partners and
 *   goods are Entity nodes, by the role of their entity (entity-roles.ts); segments are the
 *   segment table's names (`findSegments`) or a `segmentCue` word; a topic shift is a
 *   `topicShift` word;
 * - discourse (fillFrame, readTradeFacts): a clause drafts a fact only with a figure; one
 *   without notes the paragraph's state (read by no sentence after the paragraph's last one
 *   with a figure) and, for the document, only its first period of several months
 *   (`mainPeriod`), a partner (`lastPartner`) and goods (`topicCommodity`).
 */
import type { AtomKind } from "../atoms/types.js";
import type { EntityInfo } from "../entities/index.js";
import { roleOf } from "../frames/entity-roles.js";
import { findSegments, type SegmentMention } from "../frames/segments.js";
import { FilteredWords } from "../key-filter.js";
import { type LexClass, lexicon } from "../lexicon/lexicon.js";
import type { AtomReading, EntityMention } from "../rules/index.js";
import type { Range } from "../sentences.js";
import { type Token, tokenize } from "../tokens.js";

/** atom kinds no rule composes into anything but a list of flow terms */
export const INERT_KINDS: ReadonlySet<AtomKind> = new Set<AtomKind>([
  "FlowTerm",
  "ChangeVerb",
  "Direction",
  "Yoy",
]);

/** atom kinds a figure of a frame can be read from; a Count only as counted goods */
const FIGURE_KINDS: ReadonlySet<AtomKind> = new Set<AtomKind>([
  "Money",
  "Quantity",
  "Price",
  "Percent",
  "Multiple",
]);

/** lexicon classes a frame reads a segment or a topic shift from */
const FRAME_CUES: ReadonlySet<LexClass> = new Set<LexClass>(["segmentCue", "topicShift"]);

/** Its frames would state no figure, period, entity, segment nor topic shift. */
export function statesNothing(reading: AtomReading, segments: readonly SegmentMention[]): boolean {
  if (segments.length > 0) return false;
  for (const a of reading.atoms) if (!INERT_KINDS.has(a.kind)) return false;
  for (const t of reading.tokens) {
    if (!t.hit) continue;
    for (const s of t.hit.senses) if (FRAME_CUES.has(s.entry.cls)) return false;
  }
  return true;
}

/**
 * Its frames may state a figure (and so draft a fact). A bare number is a figure only as a
 * count of goods (counted-goods.ts: a Count before a Commodity); in a list it takes the unit
 * of an item that is a figure already (list.ts); Points are never one.
 */
export function mayStateFigure(reading: AtomReading): boolean {
  let count = false;
  let goods = false;
  for (const a of reading.atoms) {
    if (FIGURE_KINDS.has(a.kind)) return true;
    if (a.kind === "Count") count = true;
    else if (a.kind === "Entity" && a.value.type === "Commodity") goods = true;
  }
  return count && goods;
}

/**
 * A sentence without figures may note for the document: a partner or goods (an entity in one
 * of those roles), or, while the document has no main period, a period (any atom but an
 * entity or an inert one).
 */
export function mayNoteForDocument(
  reading: AtomReading,
  entityInfo: (id: string) => EntityInfo | undefined,
  mainPeriodKnown: boolean,
): boolean {
  for (const a of reading.atoms) {
    if (a.kind === "Entity") {
      const role = roleOf(entityInfo(a.value.id));
      if (role === "partner" || role === "commodity") return true;
    } else if (!mainPeriodKnown && !INERT_KINDS.has(a.kind)) return true;
  }
  return false;
}

/*
 * The same questions asked of the words alone, before any atom is read: each answers yes
 * whenever the atoms could. An atom other than an inert one or an entity is read from a number
 * (a token with a digit: a currency code cut off "RMB1.8" leaves one) or from a lexicon hit,
 * and a hit of a class starts at a token that is the first word of one of its surfaces.
 */

/** classes a figure is read from without digits: "five percent", "half of", "doubled" */
const FIGURE_WORD_CLASSES: readonly LexClass[] = ["cardinal", "fraction", "multiplier"];
/** classes any other non-inert atom is read from: months, quarters, "this year", "months" */
const OTHER_WORD_CLASSES: readonly LexClass[] = [
  "month",
  "periodCode",
  "ordinal",
  "relYear",
  "periodWord",
];

interface FirstWords {
  figure: FilteredWords;
  any: FilteredWords;
  /** of `FRAME_CUES` */
  cue: FilteredWords;
}

let firstWords: FirstWords | null = null;

/** The first words of the surfaces of those classes, from the lexicon (once, at first use). */
function wordsOf(): FirstWords {
  if (firstWords) return firstWords;
  const figure = new Set<string>();
  const any = new Set<string>();
  const cue = new Set<string>();
  for (const [key, senses] of lexicon().byKey) {
    const first = key.split(" ")[0];
    for (const { entry } of senses) {
      if (FIGURE_WORD_CLASSES.includes(entry.cls)) figure.add(first);
      if (FIGURE_WORD_CLASSES.includes(entry.cls) || OTHER_WORD_CLASSES.includes(entry.cls))
        any.add(first);
      if (FRAME_CUES.has(entry.cls)) cue.add(first);
    }
  }
  firstWords = {
    figure: new FilteredWords(figure),
    any: new FilteredWords(any),
    cue: new FilteredWords(cue),
  };
  return firstWords;
}

/** A sentence's words, and whether a digit stands among them (digits are word characters). */
export interface Words {
  tokens: readonly Token[];
  digit: boolean;
}

export function wordsIn(text: string, r: Range): Words {
  let digit = false;
  for (let i = r.start; i < r.end && !digit; i++) {
    const c = text.charCodeAt(i);
    digit = c >= 48 && c <= 57;
  }
  return { tokens: tokenize(text, r.start, r.end), digit };
}

/** Its atoms may hold a figure (a superset of `mayStateFigure`). */
export function wordsMayStateFigure(words: Words): boolean {
  if (words.digit) return true;
  const { figure } = wordsOf();
  for (const t of words.tokens) if (figure.has(t.norm)) return true;
  return false;
}

/** Its atoms may note for the document (a superset of `mayNoteForDocument`). */
export function wordsMayNoteForDocument(
  words: Words,
  entities: readonly EntityMention[],
  entityInfo: (id: string) => EntityInfo | undefined,
  mainPeriodKnown: boolean,
): boolean {
  for (const e of entities) {
    const role = roleOf(entityInfo(e.id));
    if (role === "partner" || role === "commodity") return true;
  }
  if (mainPeriodKnown) return false;
  if (words.digit) return true;
  const { any } = wordsOf();
  for (const t of words.tokens) if (any.has(t.norm)) return true;
  return false;
}

/**
 * Its atoms would be inert ones only, with no segment and no topic shift (`statesNothing`):
 * no mention, no digit, no first word of a class a non-inert atom or a frame cue is read from,
 * no name of the segment table (found on the same words).
 */
export function wordsStateNothing(words: Words, entities: readonly EntityMention[]): boolean {
  if (entities.length > 0 || words.digit) return false;
  const { any, cue } = wordsOf();
  for (const t of words.tokens) if (any.has(t.norm) || cue.has(t.norm)) return false;
  return findSegments(words.tokens).length === 0;
}
