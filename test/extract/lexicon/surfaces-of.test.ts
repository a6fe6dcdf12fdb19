import { describe, expect, it } from "vitest";
import { surfacesOf } from "../../../src/extract/lexicon/lexicon.js";
import { policyVocabulary } from "../../../src/extract/policy/vocabulary.js";

/**
 * The word lists other layers read from the one lexicon: compass words (entities, policy
 * links) and the clause breaks that end what a policy clause states.
 */
describe("surfacesOf: a lexicon class as a word list", () => {
  it("compass words, with their adjectives", () => {
    const compass = surfacesOf("compass");
    for (const w of ["east", "eastern", "central", "southwestern"]) expect(compass).toContain(w);
    expect(compass).not.toContain("up");
  });
  it("clause breaks of some values only: no relative 'which', no part ':'", () => {
    const ends = surfacesOf("clauseBreak", ["contrast", "concession", "semicolon"]);
    for (const w of [";", "while", "whereas", "but", "although", "though"])
      expect(ends).toContain(w);
    for (const w of ["which", ":", "of which"]) expect(ends).not.toContain(w);
  });
  it("the policy layer's cues are the lexicon's lists", () => {
    const { cues } = policyVocabulary();
    expect([...cues.compass].sort()).toEqual(surfacesOf("compass").sort());
    expect(cues.clauseBreaks.has("although")).toBe(true);
  });
});
