import { describe, expect, it } from "vitest";
import { type CueClass, cuesIn, firstCue } from "../../../src/extract/frames/cue-index.js";
import { attachLexicon, type LexToken, senseAt } from "../../../src/extract/lexicon/attach.js";
import { tokenize } from "../../../src/extract/tokens.js";

/**
 * The cue index answers what a token-by-token scan with `senseAt` answers: the first cue of a
 * class in a range, and every one. Rows: a sentence, a class, the range, the words expected.
 */
const TABLE: Array<[string, string, CueClass, [number, number] | null, string[]]> = [
  [
    "the comparison cue of the whole sentence",
    "Exports rose 5%, compared with 3% a year earlier.",
    "compareCue",
    null,
    ["compared"],
  ],
  [
    "a range that ends before the cue finds none",
    "Exports rose 5%, compared with 3% a year earlier.",
    "compareCue",
    [0, 4],
    [],
  ],
  [
    "the share cue after the figure",
    "Imports reached 2 trillion yuan, accounting for 30% of the total.",
    "shareCue",
    null,
    ["accounting"],
  ],
  [
    "a relative word and a contrast are both clause breaks",
    "Trade, which grew fast, rose 5%, while imports fell 2%.",
    "clauseBreak",
    null,
    ["which", "while"],
  ],
  [
    "a range that starts after the first break finds the second only",
    "Trade, which grew fast, rose 5%, while imports fell 2%.",
    "clauseBreak",
    [3, 100],
    ["while"],
  ],
  // "the city" is one lexicon surface: its hit stands at its first word
  ["an anaphor in the subject", "The city's exports rose 5%.", "anaphor", null, ["the"]],
  ["a forecast word", "Exports are expected to rise 5% next year.", "forecast", null, ["expected"]],
  ["no cue of the class", "Exports rose 5%.", "nonTrade", null, []],
];

/** the scan the index stands for */
function scan(tokens: readonly LexToken[], cls: CueClass, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < Math.min(to, tokens.length); i++)
    if (senseAt(tokens, i, cls) !== null) out.push(i);
  return out;
}

describe("cue index: the clause cues of a sentence, found once", () => {
  for (const [name, sentence, cls, range, words] of TABLE)
    it(name, () => {
      const tokens = attachLexicon(tokenize(sentence));
      const [from, to] = range ?? [0, tokens.length];
      const found = cuesIn(tokens, cls, from, to);
      expect(found.map((i) => tokens[i].norm)).toEqual(words);
      expect(found).toEqual(scan(tokens, cls, from, to));
      expect(firstCue(tokens, cls, from, to)).toBe(found[0] ?? to);
    });

  it("answers each sentence from its own tokens, read in turn", () => {
    const a = attachLexicon(tokenize("Exports rose 5%, compared with 3%."));
    const b = attachLexicon(tokenize("Imports fell 2%."));
    expect(cuesIn(a, "compareCue", 0, a.length)).toHaveLength(1);
    expect(cuesIn(b, "compareCue", 0, b.length)).toEqual([]);
    expect(cuesIn(a, "compareCue", 0, a.length)).toHaveLength(1);
  });
});
