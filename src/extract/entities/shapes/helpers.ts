/**
 * Small pieces the shape rules share: an entity from a name, the leading words that are no
 * part of a name ("The", "In", "Meanwhile"), and each rule's candidates by regex.
 */
import type { EntityType } from "../../../core/contract.js";
import { slugify } from "../../slug.js";
import type { Candidate, EntityInfo } from "../types.js";
import { alternation, SHAPES } from "../vocabulary.js";

/** A capitalised word of a name (letters, digits, apostrophes, "&", hyphens). */
export const CAP = "[A-Z][\\p{L}\\p{N}'’&-]*";

export function entity(
  type: EntityType,
  name: string,
  kind: string | null,
  prefix: string,
): EntityInfo {
  return { id: `${prefix}:${slugify(name)}`, type, name, kind, codes: {} };
}

export function candidate(rule: string, start: number, end: number, info: EntityInfo): Candidate {
  return { start, end, entity: info, shape: true, rule };
}

const LEADING = new RegExp(`^${alternation(SHAPES.title.leading)}\\s+`);

/** `name` without its leading function words, and how many characters they took. */
export function dropLeading(name: string): { rest: string; offset: number } {
  let rest = name;
  let offset = 0;
  for (let d = LEADING.exec(rest); d; d = LEADING.exec(rest)) {
    offset += d[0].length;
    rest = rest.slice(d[0].length);
  }
  return { rest, offset };
}

/** Whether `word` alone is a leading function word ("The", "In"). */
export function isLeadingWord(word: string): boolean {
  return LEADING.test(`${word} `);
}

/** A match of `matchesIn`, with its offset into the text. */
export type MatchAt = RegExpExecArray & { at: number };

/**
 * Every match of a global regex over `text[from, to)`, with offsets into `text` (an array,
 * not a generator: most lines have none, and a generator costs objects even then).
 */
export function matchesIn(re: RegExp, text: string, from: number, to: number): MatchAt[] {
  const chunk = text.slice(from, to);
  const out: MatchAt[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    out.push(Object.assign(m, { at: from + m.index }));
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
