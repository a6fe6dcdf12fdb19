import { describe, expect, it } from "vitest";
import { growthAfter } from "../../../src/extract/frames/growth-after.js";
import { attachLexicon } from "../../../src/extract/lexicon/attach.js";
import { tokenize } from "../../../src/extract/tokens.js";

/**
 * The look-ahead after a contribution cue: a change word makes the whole growth (no trade
 * fact). Rows: words after the cue, the stop rule, whether growth follows.
 */
const TABLE: Array<[string, string, boolean, boolean]> = [
  ["a change word names growth as the whole", "to the city's import growth", true, true],
  ["a whole with no change word is trade", "to the country's total trade", true, false],
  ["a comma closes the figure's whole", "to trade, while growth slowed", true, false],
  ["to the clause's end, a comma does not stop", "to trade, while growth slowed", false, true],
];

describe("growthAfter: a change word after a contribution", () => {
  for (const [name, words, stopAtPunctuation, want] of TABLE)
    it(name, () => {
      const tokens = attachLexicon(tokenize(words));
      expect(growthAfter(tokens, 0, { end: tokens.length, stopAtPunctuation })).toBe(want);
    });
});
