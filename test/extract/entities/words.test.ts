import { describe, expect, it } from "vitest";
import { wordsOf } from "../../../src/extract/entities/shapes/words.js";

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
