import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/core/contract.js";
import { compilePattern, matchCompiled, type Step } from "../../../src/extract/policy/pattern.js";
import {
  entPiece,
  type Item,
  type Piece,
  verbPiece,
  wordPiece,
} from "../../../src/extract/policy/types.js";

/** Pieces from a short notation: "Agency:a" an entity piece, "v:ISSUE" a verb, else a word. */
function pieces(spec: string): Piece[] {
  return spec.split(" ").map((w, i): Piece => {
    const [head, rest] = w.split(":");
    if (head === "v") return verbPiece("verb", i, i + 1, rest, rest as never);
    if (rest === undefined) return wordPiece("word", i, i + 1, w);
    const type = head as EntityType;
    const item: Item = {
      id: rest,
      type,
      kind: null,
      info: { id: rest, type, name: rest, kind: null, codes: {} },
      start: i,
      end: i + 1,
      pronoun: false,
    };
    return entPiece(i, i + 1, [item]);
  });
}

const entIndexes = (ps: Piece[]) => ps.flatMap((p, i) => (p.kind === "ent" ? [i] : []));
const issues: Step[] = [
  { ent: ["Agency"], as: "a" },
  { gap: 2, overEnt: true },
  { verb: ["ISSUE"], as: "v" },
];
const byWord: Step[] = [{ words: ["by"] }, { ent: ["Agency"], as: "a" }];

describe("matching with the entity pieces' indexes", () => {
  it.each([
    ["a pattern opening with a name", issues, "the Agency:a and Agency:b v:ISSUE rules", 2],
    ["two starts, two matches", issues, "Agency:a v:ISSUE it and Agency:b v:ISSUE", 2],
    ["no match", issues, "Agency:a said v:IMPLEMENT", 0],
    ["a pattern opening with a word", byWord, "issued by Agency:a and by Agency:b", 2],
  ])("finds what a scan of every piece finds: %s", (_name, steps, spec, count) => {
    const ps = pieces(spec);
    const compiled = compilePattern(steps);
    const all = matchCompiled(compiled, ps).map((c) => [...c]);
    expect(matchCompiled(compiled, ps, entIndexes(ps)).map((c) => [...c])).toEqual(all);
    expect(all.length).toBe(count);
  });

  it("starts a pattern opening with a name only at the indexes given", () => {
    const ps = pieces("Agency:a v:ISSUE and Agency:b v:ISSUE");
    const got = matchCompiled(compilePattern(issues), ps, [3]).map((c) => c.get("a"));
    expect(got).toEqual([3]);
  });
});
