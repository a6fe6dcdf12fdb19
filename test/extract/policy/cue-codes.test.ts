import { describe, expect, it } from "vitest";
import {
  ANAPHOR_CUES,
  cueCode,
  cueCodes,
  tokensMayHoldAnaphor,
} from "../../../src/extract/policy/anaphora.js";
import { tokenize } from "../../../src/extract/tokens.js";

describe("anaphora cue codes", () => {
  it.each([
    ["a determiner and its head noun are cues", "under the programme", [0, 4, 8]],
    ["a possessive and 'among' are cues", "among its members", [2, 2, 16]],
    ["what may follow them is a cue", "among them", [2, 16]],
    ["an opening pronoun is a cue", "It signed", [1, 0]],
    ["words that open no cue word get none", "Beijing exported cars", [0, 0, 0]],
  ])("%s", (_name, text, bits) => {
    expect(cueCodes(tokenize(text)).map((c) => c?.cue ?? 0)).toEqual(bits);
  });

  it("gives every word the cue bits of the table", () => {
    const words = [...ANAPHOR_CUES.keys()];
    const got = cueCodes(tokenize(words.join(" "))).map((c) => c?.cue ?? 0);
    expect(got).toEqual(words.map((w) => ANAPHOR_CUES.get(w)));
  });

  it.each([
    ["a cue word", "its", 2],
    ["a word that is no cue", "exported", 0],
    ["a word whose first letter opens no cue", "xinhua", 0],
  ])("gives one word its cue bits: %s", (_name, word, bits) => {
    expect(cueCode(word)?.cue ?? 0).toBe(bits);
  });
});

describe("whether a sentence's words may hold an anaphor", () => {
  it.each([
    ["a determiner before a head noun", "Peru promoted the programme", true],
    ["a determiner before another noun", "Peru promoted the trade", false],
    ["a possessive before 'members'", "Trade grew, and its members agreed", true],
    ["a possessive before another word", "Its exports grew", false],
    ["'among them'", "Among them, Anhui grew", true],
    ["'among' before a name", "Among Anhui and Hubei", false],
    ["an opening pronoun", "It signed the deal", true],
    ["a pronoun later on", "Peru said it signed", false],
    ["no words at all", "", false],
  ])("%s", (_name, text, expected) => {
    expect(tokensMayHoldAnaphor(tokenize(text))).toBe(expected);
  });
});
