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
import { findSegments } from "../frames/segments.js";
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
  const segmentStarts = new Set(segments.map((s) => s.first));
  const clauses = splitClauses(reading.tokens, nodes, (t) => segmentStarts.has(t));
  const input = { tokens: reading.tokens, segments, entityInfo };
  return clauses.flatMap((c) => {
    const whole = wholeClause(c, reading.tokens);
    return whole ? [readFrame(c, input), readFrame(whole, input)] : [readFrame(c, input)];
  });
}
