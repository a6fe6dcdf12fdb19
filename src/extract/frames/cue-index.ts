/**
 * Where a sentence's clause cues stand: the token indices, in text order, whose lexicon hit
 * has a sense of one of the classes the clause readers look for, found once per sentence.
 *
 * Why: every clause reader asks the same sentence the same kind of question ("the first
 * comparison cue in the clause", "a forecast word before the figure", "an anaphor in the
 * subject"); scanning every token of the clause for each question was most of the clause
 * layer's time. Cue words are few, so visiting only them gives the same answers for much less:
 * a reader still tests each one with `senseAt`, so a hit's first sense of the class decides.
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
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

const IS_CUE: ReadonlySet<LexClass> = new Set(CUE_CLASSES);

/** the cue tokens of the sentence read last: its clauses are read one after another */
let lastTokens: readonly LexToken[] | null = null;
let lastCues: number[] = [];

/** The token indices, in text order, whose hit has a sense of a `CueClass`. */
export function cueTokens(tokens: readonly LexToken[]): readonly number[] {
  if (tokens !== lastTokens) {
    lastCues = findCues(tokens);
    lastTokens = tokens;
  }
  return lastCues;
}

function findCues(tokens: readonly LexToken[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = tokens[i].hit;
    if (hit === null) continue;
    for (const s of hit.senses)
      if (IS_CUE.has(s.entry.cls)) {
        out.push(i);
        break;
      }
  }
  return out;
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
  const cues = cueTokens(tokens);
  for (let k = cueFrom(cues, from); k < cues.length && cues[k] < to; k++)
    if (senseAt(tokens, cues[k], cls) !== null) return cues[k];
  return to;
}

/** Every token in [from, to) with a sense of `cls`, in text order (most ranges have none). */
export function cuesIn(
  tokens: readonly LexToken[],
  cls: CueClass,
  from: number,
  to: number,
): readonly number[] {
  const cues = cueTokens(tokens);
  let out: number[] | null = null;
  for (let k = cueFrom(cues, from); k < cues.length && cues[k] < to; k++) {
    if (senseAt(tokens, cues[k], cls) === null) continue;
    if (out === null) out = [];
    out.push(cues[k]);
  }
  return out ?? NONE;
}

const NONE: readonly number[] = [];

/** A token in [from, to) with a sense of a `CueClass` other than `but`. */
export function cueBut(tokens: readonly LexToken[], but: CueClass, from: number, to: number) {
  const cues = cueTokens(tokens);
  for (let k = cueFrom(cues, from); k < cues.length && cues[k] < to; k++)
    for (const s of tokens[cues[k]].hit?.senses ?? NO_SENSES)
      if (s.entry.cls !== but && IS_CUE.has(s.entry.cls)) return true;
  return false;
}

const NO_SENSES: readonly LexSense[] = [];
