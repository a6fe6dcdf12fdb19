import { describe, expect, it } from "vitest";
import { tokenCodes, wordCodes } from "../../../src/extract/policy/word-codes.js";
import { tokenize } from "../../../src/extract/tokens.js";

const codes = wordCodes({
  cue: new Map([
    ["the", 4],
    ["its", 2],
  ]),
  opens: new Map([
    ["issued", 1],
    ["we", 8],
  ]),
  mask: new Map([
    ["issued", 256],
    ["we", 16],
  ]),
  words: new Map<string, [number, number]>([
    ["the", [1, 8]],
    [",", [0, 2]],
  ]),
});

describe("word codes", () => {
  it.each([
    [
      "a word of one part has that part's bits only",
      "its",
      { cue: 2, opens: 0, mask: 0, slot: -1, bit: 0 },
    ],
    [
      "a word of several parts has the bits of each",
      "the",
      { cue: 4, opens: 0, mask: 0, slot: 1, bit: 8 },
    ],
    [
      "opens and presence bits meet in one code",
      "issued",
      { cue: 0, opens: 1, mask: 256, slot: -1, bit: 0 },
    ],
    ["a mark may be a pattern word", ",", { cue: 0, opens: 0, mask: 0, slot: 0, bit: 2 }],
  ])("%s", (_name, word, expected) => {
    expect(codes.get(word)).toEqual(expected);
  });

  it.each([
    ["a first character no listed word has", "xinhua"],
    ["a listed word's first character, another length", "thee"],
    ["a listed word's first character and length, another word", "tha"],
    ["a word beyond ASCII", "é"],
    ["a character no one-character word is", "x"],
    ["two characters no two-character word has", "wo"],
  ])("gives nothing to a word no layer lists: %s", (_name, word) => {
    expect(codes.get(word)).toBeUndefined();
  });

  it.each([
    ["a one-character word", ",", 2],
    ["a two-character word", "we", 0],
    ["a longer word", "the", 8],
  ])("finds a listed word of any length: %s", (_name, word, bit) => {
    expect(codes.get(word)?.bit).toBe(bit);
  });

  it("gives each token its word's code, and nothing to a word no layer reacts to", () => {
    const got = tokenCodes(tokenize("We issued the plan"), codes);
    expect(got.map((c) => c?.opens ?? null)).toEqual([8, 1, 0, null]);
  });
});
