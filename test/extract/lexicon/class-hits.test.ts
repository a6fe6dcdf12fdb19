// A sentence's lexicon hits by class (ClassHits): the token indices of each class's hits, in
// text order, looked up by class name or number; what the readers' triggers test.
import { describe, expect, it } from "vitest";
import { attachLexiconIndexed } from "../../../src/extract/lexicon/attach.js";
import { classNumber, type LexClass } from "../../../src/extract/lexicon/lexicon.js";
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
