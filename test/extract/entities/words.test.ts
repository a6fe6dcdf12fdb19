import { describe, expect, it } from "vitest";
import {
  lowerKey,
  withLineTokens,
  wordKey,
  wordsOf,
} from "../../../src/extract/entities/shapes/words.js";
import { phraseKey, tokenize } from "../../../src/extract/tokens.js";

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

/**
 * Words are built from the document's tokens; where a token holds half of a surrogate pair
 * (a lone one, or a pair cut by the stretch's end) the two scans differ, and the words are
 * read by the word scan: a lone surrogate is no letter, a cut pair no part of a word.
 */
const SURROGATES: Array<[string, string, number, number, string[]]> = [
  ["a lone high surrogate before a letter", "9aB\uD800a x", 0, 7, ["9aB", "a", "x"]],
  ["a lone low surrogate after a letter", "B\uDC009 x", 0, 5, ["B", "9", "x"]],
  ["a pair cut by the stretch's end", "ab\u{1D400}", 0, 3, ["ab"]],
  ["a whole pair that is a letter", "ab\u{1D400} c", 0, 6, ["ab\u{1D400}", "c"]],
];

describe("wordsOf: surrogates read as the word scan reads them", () => {
  for (const [name, text, from, to, want] of SURROGATES)
    it(name, () => expect(wordsOf(text, from, to).map((w) => w.w)).toEqual(want));
});

describe("wordsOf: a stretch of a line as words", () => {
  for (const [name, text, want] of TABLE)
    it(name, () => {
      const words = wordsOf(`>${text}<`, 1, text.length + 1);
      expect(words.map((w) => [w.w, w.before])).toEqual(want);
      for (const w of words) expect(`>${text}<`.slice(w.start, w.end)).toBe(w.w);
    });
});

/** Words read from the document's tokens (`withLineTokens`, as the mentions' reading of lines sets them) are the same words. */
describe("wordsOf within withLineTokens: the same words from the document's tokens", () => {
  for (const [name, text, want] of TABLE)
    it(name, () => {
      const doc = `[${text}]`;
      const words = withLineTokens(doc, tokenize(doc), () => wordsOf(doc, 1, text.length + 1));
      expect(words.map((w) => [w.w, w.before])).toEqual(want);
    });
  it("a stretch that cuts a token is read by its own tokens", () => {
    const doc = "exports rose";
    const words = withLineTokens(doc, tokenize(doc), () => wordsOf(doc, 2, doc.length));
    expect(words.map((w) => w.w)).toEqual(["ports", "rose"]);
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
