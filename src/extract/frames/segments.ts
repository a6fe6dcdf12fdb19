/**
 * Segment mentions: the breakdowns customs statistics use (enterprise type, trade mode,
 * channel, transport mode), found token by token from data/segments.json.
 *
 * Why here: a segment is a slot of a trade fact, like a partner, but not an entity of the
 * graph; the clause layer reads it beside entity mentions. Matching on normalised tokens
 * (longest first) makes "foreign-funded enterprises" and "foreign funded enterprises" one.
 */
import segmentData from "../../../data/segments.json" with { type: "json" };
import type { Segment, SegmentDimension } from "../../core/contract.js";
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Token } from "../tokens.js";
import { phraseKey } from "../tokens.js";
import { cuesIn } from "./cue-index.js";

export interface SegmentMention {
  segment: Segment;
  /** token span, `last` exclusive */
  first: number;
  last: number;
  start: number;
  end: number;
}

interface SegmentTable {
  byKey: Map<string, Segment>;
  /** the first word of every pattern: most tokens start none */
  firsts: Set<string>;
  maxLen: number;
}

let table: SegmentTable | null = null;

function segmentTable(): SegmentTable {
  if (table) return table;
  const byKey = new Map<string, Segment>();
  const firsts = new Set<string>();
  let maxLen = 1;
  for (const s of segmentData.segments)
    for (const p of s.patterns) {
      const key = phraseKey(p);
      const segment = { dimension: s.dimension as SegmentDimension, value: s.value };
      // "foreign-funded" is also written "foreign funded"
      for (const k of [key, key.replace(/ - /g, " ")]) {
        byKey.set(k, segment);
        firsts.add(k.split(" ")[0]);
      }
      maxLen = Math.max(maxLen, key.split(" ").length);
    }
  table = { byKey, firsts, maxLen };
  return table;
}

/** Every segment named in `tokens`, longest match first, in text order. */
export function findSegments(tokens: readonly Token[]): SegmentMention[] {
  const { byKey, firsts, maxLen } = segmentTable();
  const out: SegmentMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!firsts.has(tokens[i].norm)) {
      i++;
      continue;
    }
    let found: SegmentMention | null = null;
    let key = "";
    for (let j = i; j < tokens.length && j - i < maxLen; j++) {
      key = j === i ? tokens[i].norm : `${key} ${tokens[j].norm}`;
      const segment = byKey.get(key);
      if (segment)
        found = { segment, first: i, last: j + 1, start: tokens[i].start, end: tokens[j].end };
    }
    if (found) {
      out.push(found);
      i = found.last;
    } else i++;
  }
  return out;
}

/**
 * "in the mode of frontier barter, exports …": a breakdown the table does not know, named after
 * a cue that says which dimension it is. Its words (up to a comma or the first figure, at most
 * five) are its value; the cue without words names nothing.
 */
export function cuedSegment(tokens: readonly LexToken[], from: number, to: number): Segment | null {
  for (const i of cuesIn(tokens, "segmentCue", from, to)) {
    const cue = senseAt(tokens, i, "segmentCue");
    if (!cue) continue;
    const words: string[] = [];
    for (let j = tokens[i].hit?.last ?? i + 1; j < to && words.length <= 5; j++) {
      if (!/^[A-Za-z-]+$/.test(tokens[j].raw)) break;
      words.push(tokens[j].norm);
    }
    if (!words.length || words.length > 5) return null;
    return { dimension: cue.entry.value as SegmentDimension, value: words.join(" ") };
  }
  return null;
}
