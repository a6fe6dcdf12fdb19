/**
 * Entity: a gazetteer mention handed in by the caller (the entity layer finds them), placed on
 * the token grid so that rules can compose it ("A, B and C", "75.3 billion integrated
 * circuits").
 *
 * Why: atoms are lexical; which names are countries or products is the gazetteer's job. A
 * mention that does not start and end on token boundaries is dropped.
 */
import { makeAtom } from "./helpers.js";
import type { Atom, AtomReader } from "./types.js";

export const entityReader: AtomReader = {
  name: "entity",
  kind: "Entity",
  specificity: 70,
  read({ tokens, entities }) {
    if (entities.length === 0) return [];
    const byStart = new Map<number, number>();
    const byEnd = new Map<number, number>();
    tokens.forEach((t, i) => {
      byStart.set(t.start, i);
      byEnd.set(t.end, i + 1);
    });
    const out: Atom[] = [];
    for (const e of entities) {
      const first = byStart.get(e.start);
      const last = byEnd.get(e.end);
      if (first === undefined || last === undefined || last <= first) continue;
      out.push(makeAtom("Entity", "entity", tokens, first, last, { id: e.id, type: e.type }));
    }
    return out;
  },
  // examples need mentions; they are tested in test/extract/atoms/entity.test.ts
  examples: [],
  counterExamples: [],
};
