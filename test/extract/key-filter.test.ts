import { describe, expect, it } from "vitest";
import { FilteredWords, KeyFilter } from "../../src/extract/key-filter.js";

/**
 * The filter asked before a look-up: every word of its set passes (no word is ever lost),
 * and words of other first letters or lengths do not (the look-up is saved).
 */
const KEYS = ["products", "goods", "trade", "ores", ","];
const TABLE: Array<[string, string, boolean]> = [
  ["a word of the set", "products", true],
  ["another word of the set", "goods", true],
  ["a punctuation mark of the set", ",", true],
  ["a common word outside the set", "the", false],
  ["a word of the set's first letters but another length", "tradeoff", false],
  ["a capitalised word of the set is another word", "Goods", false],
  ["another punctuation mark", ".", false],
];

describe("KeyFilter: maybe for the set's words, no for most others", () => {
  const filter = new KeyFilter(KEYS);
  for (const [name, word, want] of TABLE) it(name, () => expect(filter.mayHave(word)).toBe(want));
  it("every key added later passes too", () => {
    const later = new KeyFilter();
    later.add("tariffs");
    expect(later.mayHave("tariffs")).toBe(true);
    expect(later.mayHave("exports")).toBe(false);
  });
});

/** The last character is read too: words of a key's first letters and length but another end do not pass. */
describe("KeyFilter: a word's last character", () => {
  const filter = new KeyFilter(["trace"]);
  it("a word of the key's first letters and length, another last letter", () =>
    expect(filter.mayHave("track")).toBe(false));
  it("the key itself", () => expect(filter.mayHave("trace")).toBe(true));
});

/** FilteredWords answers what its set answers: the filter only skips words the set cannot hold. */
const WORDS = ["private", "by", "air", "exports", "é-commerce", "x".repeat(40), "a b"];
const MEMBERSHIP: Array<[string, string, boolean]> = [
  ["a word of the set", "private", true],
  ["a two-letter word of the set", "by", true],
  ["another word of the same first letter and length", "percent", false],
  ["a word of a first letter no word has", "the", false],
  ["a word of the same letter and length, not in the set", "and", false],
  ["a word beyond ASCII, in the set", "é-commerce", true],
  ["a word beyond ASCII, not in the set", "é-mail", false],
  ["a long word of the set", "x".repeat(40), true],
  ["a long word not in the set", "x".repeat(41), false],
  ["a word with a space, in the set", "a b", true],
  ["the empty word", "", false],
];

describe("FilteredWords: exactly the set's answer", () => {
  const words = new FilteredWords(WORDS);
  const set = new Set(WORDS);
  it.each(MEMBERSHIP)("%s", (_, word, want) => {
    expect(words.has(word)).toBe(want);
    expect(words.has(word)).toBe(set.has(word));
  });
});
