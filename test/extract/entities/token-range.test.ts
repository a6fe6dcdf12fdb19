import { describe, expect, it } from "vitest";
import { referenceGazetteer } from "../../../src/extract/entities/index.js";
import { tokenRange } from "../../../src/extract/entities/token-range.js";
import { tokenize } from "../../../src/extract/tokens.js";

/**
 * A stretch of a document as indices of its tokens: the tokens a scan of the stretch alone
 * gives, or none when a bound cuts a token (the caller then scans the stretch).
 */
const TEXT = "Exports to Hong Kong rose.\nImports of iron ore fell.";
const TABLE: Array<[string, number, number, string[] | null]> = [
  ["a whole line", 0, 26, ["Exports", "to", "Hong", "Kong", "rose", "."]],
  ["the next line", 27, TEXT.length, ["Imports", "of", "iron", "ore", "fell", "."]],
  ["bounds on spaces", 7, 20, ["to", "Hong", "Kong"]],
  ["an empty stretch", 7, 8, []],
  ["a start inside a word", 2, 26, null],
  ["an end inside a word", 0, 13, null],
];

describe("tokenRange: a stretch's tokens among the document's", () => {
  const tokens = tokenize(TEXT);
  for (const [name, start, end, want] of TABLE)
    it(name, () => {
      const range = tokenRange(tokens, start, end);
      expect(range && tokens.slice(range.lo, range.hi).map((t) => t.raw)).toEqual(want);
      if (want) expect(tokenize(TEXT, start, end).map((t) => t.raw)).toEqual(want);
    });
});

describe("Gazetteer.matchIn: the names of a range of tokens, as `match` of their copy", () => {
  const g = referenceGazetteer();
  const text = 'Trade with "Belt and Road" countries and Hong Kong rose.\nIron ore fell in the US.';
  const tokens = tokenize(text);
  for (const [start, end] of [
    [0, 56],
    [57, text.length],
    [11, 36],
  ])
    it(`${start}-${end}`, () => {
      const range = tokenRange(tokens, start, end);
      if (!range) throw new Error("the stretch cuts a token");
      const names = (ms: { surface: string }[]) => ms.map((m) => m.surface);
      const want = names(g.match(text, tokenize(text, start, end)));
      expect(want.length).toBeGreaterThan(0);
      const surface = (_: unknown, s: number, e: number) => ({ surface: text.slice(s, e) });
      expect(names(g.matchIn(text, tokens, range.lo, range.hi, surface, []))).toEqual(want);
    });
});
