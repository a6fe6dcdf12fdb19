import { describe, expect, it } from "vitest";
import { hasWord, screenedWords } from "../../../src/extract/frames/word-screen.js";

/** The screen answers what the set answers: it only skips words no word of the set could be. */
const WORDS = ["private", "by", "air", "exports", "é-commerce", "x".repeat(40), "a b"];

const CASES: Array<[string, string, boolean]> = [
  ["a word of the set", "private", true],
  ["a two-letter word of the set", "by", true],
  ["another word of the same first letter and length", "percent", false],
  ["a word of a first letter no word has", "the", false],
  ["a word of a length no word of its letter has", "bonded", false],
  ["a word of the same letter and length, not in the set", "and", false],
  ["a word beyond ASCII, in the set", "é-commerce", true],
  ["a word beyond ASCII, not in the set", "é-mail", false],
  ["a long word of the set (not screened)", "x".repeat(40), true],
  ["a long word not in the set", "x".repeat(41), false],
  ["a word with a space, in the set", "a b", true],
  ["the empty word", "", false],
];

describe("screenedWords / hasWord", () => {
  const screened = screenedWords(WORDS);
  const set = new Set(WORDS);
  it.each(CASES)("%s", (_, word, want) => {
    expect(hasWord(screened, word)).toBe(want);
    expect(hasWord(screened, word)).toBe(set.has(word));
  });
});
