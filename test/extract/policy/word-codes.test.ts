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

  it("gives each token its word's code, and nothing to a word no layer reacts to", () => {
    const got = tokenCodes(tokenize("We issued the plan"), codes);
    expect(got.map((c) => c?.opens ?? null)).toEqual([8, 1, 0, null]);
  });
});
