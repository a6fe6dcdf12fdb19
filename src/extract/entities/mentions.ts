/**
 * Every entity mention of a document, in layers: reference names and shapes as candidates,
 * one settling of overlaps, readings of each settled line (names revealed by their
 * neighbours, names that are no entity), then acronyms across the document.
 */
import type { Range } from "../sentences.js";
import { type Token, tokenize } from "../tokens.js";
import { addAcronyms } from "./acronyms.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { LINE_RULES } from "./line-rules.js";
import { settle } from "./settle.js";
import { SHAPE_RULES } from "./shapes/index.js";
import { withLineTokens } from "./shapes/words.js";
import { tokenRange } from "./token-range.js";
import type {
  Candidate,
  EntityInfo,
  LineReading,
  Mention,
  MentionIndex,
  ZoneLocation,
} from "./types.js";

/** `persons`: the people the layout names, whose names hold no place. */
export function findMentions(
  text: string,
  lines: Range[],
  gazetteer: Gazetteer,
  persons: readonly string[] = [],
): MentionIndex {
  const all: Mention[] = [];
  const zoneLocations: ZoneLocation[] = [];
  const lookup = (s: string) => gazetteer.lookup(s);
  // the document's tokens, scanned once: each line is read as a range of them
  const tokens = tokenize(text);
  const shared = { lookup, zoneLocations, persons };
  withLineTokens(text, tokens, () => {
    for (const whole of lines)
      for (const line of pieces(text, whole)) readLine(text, line, tokens, gazetteer, shared, all);
  });
  return { mentions: addAcronyms(text, lines, all), zoneLocations };
}

/** One stretch of a line: its candidates settled, then read by each line rule in turn. */
function readLine(
  text: string,
  line: Range,
  tokens: Token[],
  gazetteer: Gazetteer,
  shared: Pick<LineReading, "lookup" | "zoneLocations" | "persons">,
  all: Mention[],
): void {
  const mentions = settle(text, candidates(text, line, tokens, gazetteer), gazetteer);
  // one reading of the line; each rule's result is the next rule's mentions
  const { lookup, zoneLocations, persons } = shared;
  const reading: LineReading = { text, line, mentions, lookup, zoneLocations, persons };
  for (const rule of LINE_RULES) reading.mentions = rule.apply(reading);
  for (const m of reading.mentions) all.push(m);
}

/** Reference names and shapes in one stretch of a line. */
function candidates(text: string, line: Range, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  referenceNames(text, line, tokens, gazetteer, out);
  for (const rule of SHAPE_RULES)
    for (const c of rule.find(text, line.start, line.end)) out.push(c);
  return out;
}

/** The reference names of a line, read among the document's tokens where they lie. */
function referenceNames(
  text: string,
  line: Range,
  tokens: Token[],
  gazetteer: Gazetteer,
  out: Candidate[],
): void {
  const range = tokenRange(tokens, line.start, line.end);
  if (range) gazetteer.matchIn(text, tokens, range.lo, range.hi, referenceName, out);
  else
    for (const m of gazetteer.match(text, tokenize(text, line.start, line.end)))
      out.push(referenceName(m.entity, m.start, m.end));
}

function referenceName(entity: EntityInfo, start: number, end: number): Candidate {
  return { start, end, entity, shape: false, rule: "gazetteer" };
}

/** Very long lines are read in pieces cut at sentence ends or spaces, so settling overlaps stays cheap. */
const PIECE = 4000;
function pieces(text: string, line: Range): Range[] {
  if (line.end - line.start <= PIECE) return [line];
  const out: Range[] = [];
  let start = line.start;
  while (line.end - start > PIECE) {
    let cut = text.lastIndexOf(". ", start + PIECE);
    if (cut <= start + PIECE / 2) cut = text.lastIndexOf(" ", start + PIECE);
    if (cut <= start) cut = start + PIECE;
    else cut++;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: line.end });
  return out;
}
