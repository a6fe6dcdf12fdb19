/**
 * One sentence → its clause frames: atoms and composed nodes (the rules layer), segments,
 * clauses, then one frame per clause; and the atom reading, which the checks read again.
 *
 * Why a sentence at a time: composition never crosses a sentence, and the discourse layer
 * needs the frames of a sentence in order. A sentence nothing can come of (states-nothing.ts)
 * has no frames: it is not composed nor cut into clauses.
 */

import type { EntityInfo } from "../entities/index.js";
import { type Mention, mentionsWithin } from "../entities/index.js";
import { splitClauses } from "../frames/clauses.js";
import { readFrame } from "../frames/read-frame.js";
import { findSegments } from "../frames/segments.js";
import type { ClauseFrame } from "../frames/types.js";
import { wholeClause } from "../frames/whole-clause.js";
import { type AtomReading, composeNodes, readAtoms } from "../rules/index.js";
import type { Range } from "../sentences.js";
import { statesNothing } from "./states-nothing.js";

export function readSentenceFrames(
  text: string,
  sentence: Range,
  mentions: readonly Mention[],
  entityInfo: (id: string) => EntityInfo | undefined,
): { frames: ClauseFrame[]; reading: AtomReading } {
  const entities = mentionsWithin(mentions, sentence, false).map((m) => ({
    start: m.start,
    end: m.end,
    id: m.entity.id,
    type: m.entity.type,
  }));
  const reading = readAtoms(text, [sentence.start, sentence.end], entities);
  const segments = findSegments(reading.tokens);
  if (statesNothing(reading, segments)) return { frames: [], reading };
  const nodes = composeNodes(reading);
  const segmentStarts = new Set(segments.map((s) => s.first));
  const clauses = splitClauses(reading.tokens, nodes, (t) => segmentStarts.has(t));
  const input = { tokens: reading.tokens, segments, entityInfo };
  const frames = clauses.flatMap((c) => {
    const whole = wholeClause(c, reading.tokens);
    return whole ? [readFrame(c, input), readFrame(whole, input)] : [readFrame(c, input)];
  });
  return { frames, reading };
}
