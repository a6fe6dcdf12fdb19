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
import { FilteredWords } from "../key-filter.js";
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

/**
 * The table's names as a trie of words: a word's branch, and the segment a name ending there
 * names. Walking it word by word finds what looking up every joined run of words would find
 * (a name is its words joined by spaces; a word holds no space), without joining them.
 */
interface NameNode {
  next: Map<string, NameNode>;
  segment: Segment | null;
}

let table: NameNode | null = null;
/** the first words of the table's names, screened (most words of a sentence open none) */
let firstWords: FilteredWords | null = null;

function segmentTable(): NameNode {
  if (table) return table;
  const root: NameNode = { next: new Map(), segment: null };
  for (const s of segmentData.segments)
    for (const p of s.patterns) {
      const key = phraseKey(p);
      const segment = { dimension: s.dimension as SegmentDimension, value: s.value };
      // "foreign-funded" is also written "foreign funded"
      for (const k of [key, key.replace(/ - /g, " ")]) addName(root, k.split(" "), segment);
    }
  table = root;
  firstWords = new FilteredWords(root.next.keys());
  return table;
}

/** The name's node, made as needed; a later pattern of the same words names its segment. */
function addName(root: NameNode, words: readonly string[], segment: Segment): void {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map(), segment: null };
      node.next.set(w, child);
    }
    node = child;
  }
  node.segment = segment;
}

/** Every segment named in `tokens`, longest match first, in text order. */
export function findSegments(tokens: readonly Token[]): SegmentMention[] {
  const root = segmentTable();
  const first = firstWords as FilteredWords;
  const out: SegmentMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!first.has(tokens[i].norm)) {
      i++;
      continue;
    }
    let node = root.next.get(tokens[i].norm);
    let found: SegmentMention | null = null;
    for (let j = i; node !== undefined; ) {
      if (node.segment)
        found = {
          segment: node.segment,
          first: i,
          last: j + 1,
          start: tokens[i].start,
          end: tokens[j].end,
        };
      j++;
      node = j < tokens.length ? node.next.get(tokens[j].norm) : undefined;
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
