import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { referenceGazetteer } from "../../../src/extract/entities/index.js";
import { findMentions } from "../../../src/extract/entities/mentions.js";
import { bareFrame, isBareClause } from "../../../src/extract/frames/bare-clause.js";
import { splitClauses } from "../../../src/extract/frames/clauses.js";
import { readStatedFrame } from "../../../src/extract/frames/read-frame.js";
import { findSegments } from "../../../src/extract/frames/segments.js";
import { readLayout } from "../../../src/extract/layout/index.js";
import { composeNodes, readAtoms } from "../../../src/extract/rules/index.js";
import { splitSentences } from "../../../src/extract/sentences.js";

/**
 * A bare clause (no node a frame reader reads, no segment, no cue word but a clause break, no
 * topic shift) has the empty frame, built without the readers. The table names what keeps a
 * clause from being bare; the corpus check guards the claim that every reader would have left
 * a bare clause's frame empty.
 */
const TABLE: Array<[string, string, boolean]> = [
  ["change words alone", "Demand kept growing steadily.", true],
  ["a figure", "Exports rose 5%.", false],
  ["a flow word", "Exports kept growing.", false],
  ["a period", "Trade kept growing in June.", false],
  ["a segment of the table", "Processing trade kept growing.", false],
  ["an anaphor", "The city kept growing.", false],
  ["a forecast word", "Trade is expected to keep growing.", false],
  ["a topic shift at the opening", "In terms of goods, trade kept growing.", false],
];

function clausesOf(text: string, entities: Parameters<typeof readAtoms>[2] = []) {
  const reading = readAtoms(text, [0, text.length], entities);
  const segments = findSegments(reading.tokens);
  const starts = new Set(segments.map((s) => s.first));
  const clauses = splitClauses(reading.tokens, composeNodes(reading), (t) => starts.has(t));
  return { tokens: reading.tokens, segments, clauses };
}

describe("bare clauses", () => {
  for (const [rule, text, want] of TABLE)
    it(`${rule}: ${text}`, () => {
      const { tokens, segments, clauses } = clausesOf(text);
      expect(clauses.every((c) => isBareClause(c, tokens, segments))).toBe(want);
    });

  it("the bare clauses of the seeds and fixtures have the frame every reader would give", () => {
    const gazetteer = referenceGazetteer();
    const entityInfo = (id: string) => gazetteer.entities.get(id);
    let bare = 0;
    const files = [
      ...readdirSync("seeds").map((f) => `seeds/${f}`),
      ...readdirSync("test/fixtures/extract").map((f) => `test/fixtures/extract/${f}`),
    ].filter((f) => f.endsWith(".txt"));
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      const layout = readLayout(text);
      const { mentions } = findMentions(text, layout.lines, gazetteer);
      for (const line of layout.lines)
        for (const s of splitSentences(text, line)) {
          const entities = mentions
            .filter((m) => m.start >= s.start && m.end <= s.end)
            .map((m) => ({ start: m.start, end: m.end, id: m.entity.id, type: m.entity.type }));
          const reading = readAtoms(text, [s.start, s.end], entities);
          const segments = findSegments(reading.tokens);
          const starts = new Set(segments.map((x) => x.first));
          const nodes = composeNodes(reading);
          const input = { tokens: reading.tokens, segments, entityInfo };
          for (const c of splitClauses(reading.tokens, nodes, (t) => starts.has(t))) {
            if (!isBareClause(c, reading.tokens, segments)) continue;
            bare++;
            expect(readStatedFrame(c, input)).toEqual(bareFrame(c, reading.tokens));
          }
        }
    }
    expect(bare).toBeGreaterThan(100);
  });
});
