/**
 * Where a sentence's clause cues stand: the token indices, in text order, whose lexicon hit
 * has a sense of one of the classes the clause readers look for, found once per sentence.
 *
 * Why: every clause reader asks the same sentence the same kind of question ("the first
 * comparison cue in the clause", "a forecast word before the figure", "an anaphor in the
 * subject"); scanning every token of the clause for each question was most of the clause
 * layer's time. Cue words are few, so visiting only them gives the same answers for much less:
 * each cue token carries the bits of the classes its hit has a sense of (what `senseAt` would
 * find), so a question is a bit test.
 */
import type { LexToken } from "../lexicon/attach.js";
import type { LexClass, LexSense } from "../lexicon/lexicon.js";

/** the classes the clause readers scan a clause for */
export type CueClass = (typeof CUE_CLASSES)[number];

const CUE_CLASSES = [
  "anaphor",
  "clauseBreak",
  "compareCue",
  "cumulative",
  "forecast",
  "goodsHead",
  "nonTrade",
  "rateNoun",
  "segmentCue",
  "shareCue",
] as const satisfies readonly LexClass[];

/** each cue class's bit in a cue token's mask */
const BIT: ReadonlyMap<LexClass, number> = new Map(CUE_CLASSES.map((c, k) => [c, 1 << k]));

/** A sentence's cue tokens and, for each, the bits of the cue classes its hit has a sense of. */
interface SentenceCues {
  at: number[];
  masks: number[];
}

/** the cue tokens of the sentence read last: its clauses are read one after another */
let lastTokens: readonly LexToken[] | null = null;
let lastCues: SentenceCues = { at: [], masks: [] };

function sentenceCues(tokens: readonly LexToken[]): SentenceCues {
  if (tokens !== lastTokens) {
    lastCues = findCues(tokens);
    lastTokens = tokens;
  }
  return lastCues;
}

/** The token indices, in text order, whose hit has a sense of a `CueClass`. */
export function cueTokens(tokens: readonly LexToken[]): readonly number[] {
  return sentenceCues(tokens).at;
}

function findCues(tokens: readonly LexToken[]): SentenceCues {
  const at: number[] = [];
  const masks: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = tokens[i].hit;
    if (hit === null) continue;
    const mask = maskOf(hit.senses);
    if (mask === 0) continue;
    at.push(i);
    masks.push(mask);
  }
  return { at, masks };
}

/** the masks of the lexicon's sense lists (load-time data: a hit holds its surface's list) */
const MASKS = new WeakMap<readonly LexSense[], number>();

function maskOf(senses: readonly LexSense[]): number {
  let mask = MASKS.get(senses);
  if (mask === undefined) {
    mask = 0;
    for (const s of senses) mask |= BIT.get(s.entry.cls) ?? 0;
    MASKS.set(senses, mask);
  }
  return mask;
}

/** The position in `cues` of the first index at or after `from` (cues.length if none). */
export function cueFrom(cues: readonly number[], from: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first token in [from, to) with a sense of `cls`, or `to`. */
export function firstCue(
  tokens: readonly LexToken[],
  cls: CueClass,
  from: number,
  to: number,
): number {
  const { at, masks } = sentenceCues(tokens);
  const bit = BIT.get(cls) ?? 0;
  for (let k = cueFrom(at, from); k < at.length && at[k] < to; k++)
    if (masks[k] & bit) return at[k];
  return to;
}

/** Every token in [from, to) with a sense of `cls`, in text order (most ranges have none). */
export function cuesIn(
  tokens: readonly LexToken[],
  cls: CueClass,
  from: number,
  to: number,
): readonly number[] {
  const { at, masks } = sentenceCues(tokens);
  const bit = BIT.get(cls) ?? 0;
  let out: number[] | null = null;
  for (let k = cueFrom(at, from); k < at.length && at[k] < to; k++) {
    if (!(masks[k] & bit)) continue;
    if (out === null) out = [];
    out.push(at[k]);
  }
  return out ?? NONE;
}

const NONE: readonly number[] = [];

/** A token in [from, to) with a sense of a `CueClass` other than `but`. */
export function cueBut(tokens: readonly LexToken[], but: CueClass, from: number, to: number) {
  const { at, masks } = sentenceCues(tokens);
  const others = ~(BIT.get(but) ?? 0);
  for (let k = cueFrom(at, from); k < at.length && at[k] < to; k++)
    if (masks[k] & others) return true;
  return false;
}
