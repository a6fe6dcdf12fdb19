import { describe, expect, it } from "vitest";
import { Substrings } from "../../../src/extract/entities/substrings.js";

/**
 * The gate asked before a rule's pattern: whether a stretch holds one of a few strings whole,
 * as a pattern of the same alternatives would find them (case as written, inside words too,
 * never across the stretch's ends).
 */
const HEADS = ["News Agency", "TV", "Co., Ltd.", "Post", "\u00e9dition"];
const TABLE: Array<[string, string, number, number, boolean]> = [
  ["a string in the stretch", "Xinhua News Agency said", 0, 23, true],
  ["a string inside a word, as the pattern finds it", "CCTV reported", 0, 13, true],
  ["a string with marks", "Sunrise Trading Co., Ltd. grew", 0, 30, true],
  ["another case is another string", "the post office", 0, 15, false],
  ["a string cut by the stretch's end", "Xinhua News Agency", 0, 15, false],
  ["a string before the stretch", "Post: exports rose", 5, 18, false],
  ["a string after the stretch", "exports rose, said TV", 0, 19, false],
  ["a string of another script's first letter", "la \u00e9dition", 0, 10, true],
  ["the same, cut by the stretch's end", "la \u00e9dition", 0, 8, false],
  ["no string", "exports rose", 0, 12, false],
];

describe("Substrings: whether a stretch holds one of the strings", () => {
  const set = new Substrings(HEADS);
  for (const [name, text, from, to, want] of TABLE)
    it(name, () => {
      expect(set.inRange(text, from, to)).toBe(want);
      // the pattern it stands for, over the same stretch
      const re = new RegExp(HEADS.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
      expect(re.test(text.slice(from, to))).toBe(want);
    });
});
