// A sentence's lexicon hits by class (ClassHits): the token indices of each class's hits, in
// text order, looked up by class name or number; what the readers' triggers test.
import { describe, expect, it } from "vitest";
import {
  attachLexiconIndexed,
  attachLexiconSplit,
  splitCurrencyCodes,
} from "../../../src/extract/lexicon/attach.js";
import {
  classNumber,
  LEX_CLASSES,
  type LexClass,
  lexicon,
} from "../../../src/extract/lexicon/lexicon.js";
import { tokenize } from "../../../src/extract/tokens.js";

const SENTENCE = "Exports rose 5% and imports fell 2 percent in May.";

describe("ClassHits", () => {
  const { byClass, digits } = attachLexiconIndexed(tokenize(SENTENCE));
  const table: Array<[LexClass, number[] | undefined]> = [
    ["flow", [0, 5]],
    ["change", [1, 6]],
    ["percentWord", [3, 8]],
    ["month", [10]],
    ["conj", [4]],
    // no word of these classes
    ["currency", undefined],
    ["fraction", undefined],
  ];
  it.each(table)("%s hits at %j", (cls, at) => {
    expect(byClass.get(cls)).toEqual(at);
    expect(byClass.has(cls)).toBe(at !== undefined);
    expect(byClass.ofNumber(classNumber(cls))).toEqual(at);
  });
  it("indexes the tokens that open with a digit", () => {
    expect(digits).toEqual([2, 7]);
  });
  it("puts a token once under a class however many of its senses have it", () => {
    const { byClass: hits } = attachLexiconIndexed(tokenize("exports"));
    expect(hits.get("flow")).toEqual([0]);
  });
});

describe("attachLexiconSplit: the split and the lexicon pass in one", () => {
  const table: Array<[string, string]> = [
    ["no code: one pass", "Exports rose 5% to 8.22 trillion yuan."],
    ["a currency code on its number is cut", "Trade reached RMB1.8 trillion, up 3%."],
    ["a code that is no currency stays whole", "COVID19 and 5G networks cost USD30 billion."],
    ["no token at all", ""],
  ];
  it.each(table)("%s", (_what, text) => {
    const one = attachLexiconSplit(tokenize(text));
    const two = attachLexiconIndexed(splitCurrencyCodes(tokenize(text)));
    expect(one.tokens).toEqual(two.tokens);
    expect(one.digits).toEqual(two.digits);
    for (const cls of LEX_CLASSES) expect(one.byClass.get(cls)).toEqual(two.byClass.get(cls));
  });
  it("cuts RMB from its digits", () => {
    const { tokens } = attachLexiconSplit(tokenize("RMB1.8 trillion"));
    expect(tokens.map((t) => t.raw)).toEqual(["RMB", "1", ".", "8", "trillion"]);
  });
});

describe("the lexicon's first-token filter", () => {
  const { trie, firstTokens } = lexicon();
  it("lets every token that starts a surface through", () => {
    for (const key of trie.keys()) expect(firstTokens.mayHave(key), key).toBe(true);
  });
  it("stops most words that start none (the trie is then not looked up)", () => {
    // a hashed filter may let a word through that shares a bucket with a surface; what it
    // guards is that most ordinary words outside the lexicon are stopped
    const words = [
      "zebra",
      "xylophone",
      "walrus",
      "museum",
      "orchestra",
      "library",
      "mountain",
      "poetry",
      "garden",
      "window",
      "blanket",
      "violin",
      "harbourmaster",
      "umbrella",
      "carpet",
      "lantern",
      "meadow",
      "pencil",
      "saddle",
      "thunder",
    ];
    for (const w of words) expect(trie.has(w), w).toBe(false);
    const passed = words.filter((w) => firstTokens.mayHave(w));
    expect(passed.length, passed.join(", ")).toBeLessThanOrEqual(words.length / 4);
  });
});
