/**
 * Sentences nothing can come of: their frames would state no figure, no period, no entity, no
 * segment and no topic shift, so the discourse state stays as it was and no fact is drafted.
 * The trade walk reads their atoms (the checks may ask for them) and no further.
 *
 * Why this is exact, from the layers after the atoms:
 * - composition: every rule but the list rule needs a node of a kind outside `INERT_KINDS`
 *   (test/extract/trade/states-nothing.test.ts checks RULES for it), so such a chart holds
 *   only those atoms and lists of flow terms;
 * - frames: figures are Money, Quantity, Price, Change, Percent, Multiple nodes; periods are
 *   Period nodes (or the period of a figure's baseline or span); reporters, partners and goods
 *   are Entity nodes; segments are the segment table's names (`findSegments`) or a
 *   `segmentCue` word; a topic shift is a `topicShift` word;
 * - discourse (fillFrame, readTradeFacts): a frame with none of those notes nothing beyond
 *   its own sentence's scope, and states no fact.
 */
import type { AtomKind } from "../atoms/types.js";
import type { SegmentMention } from "../frames/segments.js";
import type { LexClass } from "../lexicon/lexicon.js";
import type { AtomReading } from "../rules/index.js";

/** atom kinds no rule composes into anything but a list of flow terms */
export const INERT_KINDS: ReadonlySet<AtomKind> = new Set<AtomKind>([
  "FlowTerm",
  "ChangeVerb",
  "Direction",
  "Yoy",
]);

/** lexicon classes a frame reads a segment or a topic shift from */
const FRAME_CUES: ReadonlySet<LexClass> = new Set<LexClass>(["segmentCue", "topicShift"]);

export function statesNothing(reading: AtomReading, segments: readonly SegmentMention[]): boolean {
  if (segments.length > 0) return false;
  for (const a of reading.atoms) if (!INERT_KINDS.has(a.kind)) return false;
  for (const t of reading.tokens) {
    if (!t.hit) continue;
    for (const s of t.hit.senses) if (FRAME_CUES.has(s.entry.cls)) return false;
  }
  return true;
}
