/**
 * One sentence → its atom reading, then its clause frames: composed nodes (the rules layer),
 * segments, clauses, then one frame per clause. The checks read the atom reading again.
 *
 * Why a sentence at a time: composition never crosses a sentence, and the discourse layer
 * needs the frames of a sentence in order. Why in steps (mentions, atoms, frames): the walk
 * asks a paragraph's words and atoms first which of its sentences can still matter
 * (sentence-effects.ts); a sentence nothing can come of has no frames: it is not composed nor
 * cut into clauses.
 */

import type { EntityInfo } from "../entities/index.js";
import { type Mention, mentionsWithin } from "../entities/index.js";
import { splitClauses } from "../frames/clauses.js";
import { readFrame } from "../frames/read-frame.js";
import { findSegments, type SegmentMention } from "../frames/segments.js";
import type { ClauseFrame } from "../frames/types.js";
import { wholeClause } from "../frames/whole-clause.js";
import { type AtomReading, composeNodes, type EntityMention, readAtoms } from "../rules/index.js";
import type { Range } from "../sentences.js";
import type { Token } from "../tokens.js";
import { statesNothing } from "./sentence-effects.js";

/** The entity mentions within a sentence, as the atom reader takes them. */
export function sentenceEntities(mentions: readonly Mention[], sentence: Range): EntityMention[] {
  return mentionsWithin(mentions, sentence, false).map((m) => ({
    start: m.start,
    end: m.end,
    id: m.entity.id,
    type: m.entity.type,
  }));
}

/** The sentence's atoms; `words` are its tokens (the walk has them from its words). */
export function readSentenceAtoms(
  text: string,
  sentence: Range,
  entities: readonly EntityMention[],
  words: readonly Token[],
): AtomReading {
  return readAtoms(text, [sentence.start, sentence.end], entities, words);
}

export function readSentenceFrames(
  reading: AtomReading,
  entityInfo: (id: string) => EntityInfo | undefined,
): ClauseFrame[] {
  const segments = findSegments(reading.tokens);
  if (statesNothing(reading, segments)) return [];
  const nodes = composeNodes(reading);
  const { tokens } = reading;
  const clauses = splitClauses(tokens, nodes, segmentStartsOf(segments, tokens.length));
  const input = { tokens, segments, entityInfo };
  const frames: ClauseFrame[] = [];
  for (const c of clauses) {
    const whole = wholeClause(c, tokens);
    frames.push(readFrame(c, input));
    if (whole) frames.push(readFrame(whole, input));
  }
  return frames;
}

/** Whether a segment name starts at each token (a look-up per token, no set of starts). */
function segmentStartsOf(
  segments: readonly SegmentMention[],
  n: number,
): (token: number) => boolean {
  if (!segments.length) return NO_SEGMENT;
  const starts = new Uint8Array(n + 1);
  for (const s of segments) starts[s.first] = 1;
  return (t) => starts[t] === 1;
}

const NO_SEGMENT = (_token: number): boolean => false;
