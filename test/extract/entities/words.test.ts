import { describe, expect, it } from "vitest";
import { lowerKey, wordKey, wordsOf } from "../../../src/extract/entities/shapes/words.js";
import { phraseKey } from "../../../src/extract/tokens.js";

/**
 * The words the shape rules walk: letters and digits joined by apostrophes and hyphens, the
 * joiners at a word's end left out, with the characters before each word.
 */
const TABLE: Array<[string, string, Array<[string, string]>]> = [
  [
    "plain words",
    "steel products",
    [
      ["steel", ""],
      ["products", " "],
    ],
  ],
  [
    "a possessive and a compound",
    "China's high-tech goods",
    [
      ["China's", ""],
      ["high-tech", " "],
      ["goods", " "],
    ],
  ],
  [
    "joiners at the end are left out",
    "exporters' goods-",
    [
      ["exporters", ""],
      ["goods", "' "],
    ],
  ],
  [
    "punctuation and figures",
    "(5.3%), up",
    [
      ["5", "("],
      ["3", "."],
      ["up", "%), "],
    ],
  ],
  [
    "letters of other scripts",
    "Ürümqi 中国 ok",
    [
      ["Ürümqi", ""],
      ["中国", " "],
      ["ok", " "],
    ],
  ],
  [
    "a letter outside the basic plane",
    "a \u{1D400}b c",
    [
      ["a", ""],
      ["\u{1D400}b", " "],
      ["c", " "],
    ],
  ],
  [
    "a curly apostrophe",
    "Xi’an’s port",
    [
      ["Xi’an’s", ""],
      ["port", " "],
    ],
  ],
];

describe("wordsOf: a stretch of a line as words", () => {
  for (const [name, text, want] of TABLE)
    it(name, () => {
      const words = wordsOf(`>${text}<`, 1, text.length + 1);
      expect(words.map((w) => [w.w, w.before])).toEqual(want);
      for (const w of words) expect(`>${text}<`.slice(w.start, w.end)).toBe(w.w);
    });
});

/**
 * Each word's lower case, whether it is plain (ASCII letters and digits only, its own key),
 * and its look-up key, which must be the key `phraseKey` gives (the lexicon and gazetteer keys).
 */
const KEYS: Array<[string, string, boolean, string]> = [
  ["products", "products", true, "products"],
  ["Imports", "imports", true, "imports"],
  ["G20", "g20", true, "g20"],
  ["high-tech", "high-tech", false, "high - tech"],
  ["China's", "china's", false, "china ' s"],
  ["Xi’an", "xi’an", false, "xi ' an"],
  ["Ürümqi", "ürümqi", false, "ürümqi"],
];

describe("a word's lower case and key", () => {
  for (const [w, lower, plain, key] of KEYS)
    it(w, () => {
      const [word] = wordsOf(w, 0, w.length);
      expect([word.lower, word.plain, lowerKey(word)]).toEqual([lower, plain, key]);
      expect(wordKey(w)).toBe(phraseKey(w));
      expect(lowerKey(word)).toBe(phraseKey(word.lower));
    });
  it("a joiner left out at the end leaves a word plain", () => {
    const [word] = wordsOf("exporters' goods", 0, 16);
    expect([word.w, word.plain]).toEqual(["exporters", true]);
  });
});
