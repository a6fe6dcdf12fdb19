import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitClauses } from "../../../src/extract/frames/clauses.js";
import { readFrame } from "../../../src/extract/frames/read-frame.js";
import { findSegments } from "../../../src/extract/frames/segments.js";
import { composeNodes, readAtoms } from "../../../src/extract/rules/index.js";
import { splitLines, splitSentences } from "../../../src/extract/sentences.js";
import { statesNothing } from "../../../src/extract/trade/states-nothing.js";

/**
 * The gate of the trade walk: a sentence whose atoms are only flow words, change words,
 * directions and year-on-year cues, naming no segment and no topic shift, is not read further.
 * The table names what makes a sentence worth reading; the corpus check guards the claim that
 * the gated sentences' frames would have stated nothing.
 */
const TABLE: Array<[string, string, boolean]> = [
  ["flow and change words alone", "Exports and imports rose, and the surplus narrowed.", true],
  ["a year-on-year cue alone", "Trade kept growing year on year.", true],
  ["a figure", "Exports rose 5%.", false],
  ["a number word", "Exports doubled.", false],
  ["a month", "Exports rose in June.", false],
  ["a relative year", "Exports rose last year.", false],
  ["the first half", "Exports rose in the first half.", false],
  ["a segment of the table", "Processing trade grew steadily.", false],
  ["a topic shift", "In terms of goods, exports rose.", false],
];

const noEntities = (text: string) => {
  const reading = readAtoms(text);
  return statesNothing(reading, findSegments(reading.tokens));
};

describe("statesNothing", () => {
  for (const [rule, text, want] of TABLE)
    it(`${rule}: ${text}`, () => expect(noEntities(text)).toBe(want));

  it("an entity mention makes a sentence worth reading", () => {
    const text = "Exports to Brazil rose.";
    const at = text.indexOf("Brazil");
    const brazil = { start: at, end: at + 6, id: "country:BRA", type: "Country" };
    const reading = readAtoms(text, [0, text.length], [brazil]);
    expect(statesNothing(reading, findSegments(reading.tokens))).toBe(false);
  });

  it("the seeds' gated sentences would have framed no figure, period, entity or segment", () => {
    let gated = 0;
    for (const f of readdirSync("seeds").filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(`seeds/${f}`, "utf8");
      for (const line of splitLines(text))
        for (const s of splitSentences(text, line)) {
          const reading = readAtoms(text, [s.start, s.end]);
          const segments = findSegments(reading.tokens);
          if (!statesNothing(reading, segments)) continue;
          gated++;
          const clauses = splitClauses(reading.tokens, composeNodes(reading), () => false);
          const input = { tokens: reading.tokens, segments, entityInfo: () => undefined };
          for (const c of clauses) {
            const fr = readFrame(c, input);
            const said = [fr.values, fr.quantities, fr.prices, fr.changes, fr.shares, fr.segments];
            expect(said.every((l) => l.length === 0)).toBe(true);
            expect([fr.period, fr.earlier, fr.comparedPeriod]).toEqual([null, null, null]);
            expect([fr.reporters, fr.partners, fr.commodities]).toEqual([[], [], []]);
            expect(fr.shiftsTopic).toBe(false);
          }
        }
    }
    expect(gated).toBeGreaterThan(50);
  });
});
