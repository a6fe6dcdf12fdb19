/**
 * Entity: a gazetteer mention handed in by the caller (the entity layer finds them), placed on
 * the token grid so that rules can compose it ("A, B and C", "75.3 billion integrated
 * circuits").
 *
 * Why: atoms are lexical; which names are countries or products is the gazetteer's job. A
 * mention that does not start and end on token boundaries is dropped.
 */
import type { Token } from "../tokens.js";
import { makeAtom } from "./helpers.js";
import type { AtomReader } from "./types.js";

export const entityReader: AtomReader = {
  name: "entity",
  kind: "Entity",
  specificity: 70,
  triggers: ["entity"],
  read({ tokens, entities }, out) {
    for (const e of entities) {
      const first = tokenStartingAt(tokens, e.start);
      const last = tokenEndingAt(tokens, e.end);
      if (first < 0 || last < 0 || last + 1 <= first) continue;
      out.push(makeAtom("Entity", "entity", tokens, first, last + 1, { id: e.id, type: e.type }));
    }
  },
  // examples need mentions; they are tested in test/extract/atoms/entity.test.ts
  examples: [],
  counterExamples: [],
};

/**
 * The index of the token that starts at `offset`, or -1: tokens are in text order and do not
 * overlap, so starts and ends both ascend (a binary search per mention).
 */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = tokens[mid].start;
    if (x === offset) return mid;
    if (x < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The index of the token that ends at `offset`, or -1 (the same search over ends). */
function tokenEndingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = tokens[mid].end;
    if (x === offset) return mid;
    if (x < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
