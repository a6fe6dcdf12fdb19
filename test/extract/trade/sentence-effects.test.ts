import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { referenceGazetteer } from "../../../src/extract/entities/index.js";
import { splitClauses } from "../../../src/extract/frames/clauses.js";
import { readFrame } from "../../../src/extract/frames/read-frame.js";
import { findSegments } from "../../../src/extract/frames/segments.js";
import { surfacesOf } from "../../../src/extract/lexicon/lexicon.js";
import { composeNodes, readAtoms } from "../../../src/extract/rules/index.js";
import { splitLines, splitSentences } from "../../../src/extract/sentences.js";
import {
  INERT_KINDS,
  mayNoteForDocument,
  mayStateFigure,
  statesNothing,
  wordsIn,
  wordsMayNoteForDocument,
  wordsMayStateFigure,
  wordsStateNothing,
} from "../../../src/extract/trade/sentence-effects.js";

/**
 * What a sentence can still change, read from its words and atoms. The gate of the trade walk:
 * a sentence whose atoms are only flow words, change words, directions and year-on-year cues,
 * naming no segment and no topic shift, is not read further.
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

  it("the seeds' sentences that may state no figure would have framed none", () => {
    let figureless = 0;
    for (const f of readdirSync("seeds").filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(`seeds/${f}`, "utf8");
      for (const line of splitLines(text))
        for (const s of splitSentences(text, line)) {
          const reading = readAtoms(text, [s.start, s.end]);
          if (mayStateFigure(reading)) continue;
          figureless++;
          const segments = findSegments(reading.tokens);
          const clauses = splitClauses(reading.tokens, composeNodes(reading), () => false);
          const input = { tokens: reading.tokens, segments, entityInfo: () => undefined };
          for (const c of clauses) {
            const fr = readFrame(c, input);
            const said = [fr.values, fr.quantities, fr.prices, fr.changes, fr.shares];
            expect(said.every((l) => l.length === 0)).toBe(true);
          }
        }
    }
    expect(figureless).toBeGreaterThan(100);
  });
});

describe("inert atoms compose nothing but lists of flow terms", () => {
  it("every inert word, with the grammar words of the rules between them", () => {
    const words = ["flow", "change", "direction", "comparative", "yoy"].flatMap((c) =>
      surfacesOf(c as never),
    );
    const glue = [",", "and", "by", "of", "than", "from", "a", "the", "compared with", "to"];
    const text = words.map((w, k) => `${w} ${glue[k % glue.length]}`).join(" ");
    const nodes = composeNodes(readAtoms(text));
    expect(nodes.length).toBeGreaterThan(100);
    for (const n of nodes) {
      const kind = n.kind === "List" ? `List<${n.value.itemKind}>` : n.kind;
      expect(INERT_KINDS.has(n.kind as never) || kind === "List<FlowTerm>", kind).toBe(true);
    }
  });
});

const read = (text: string, id?: string, name?: string, type = "") => {
  const at = name ? text.indexOf(name) : -1;
  const entity = id && name ? [{ start: at, end: at + name.length, id, type }] : [];
  return readAtoms(text, [0, text.length], entity);
};

describe("mayStateFigure: an atom a figure can be read from", () => {
  const TABLE: Array<[string, boolean]> = [
    ["Exports rose 5%.", true],
    ["Exports reached 3 billion yuan.", true],
    ["Exports doubled.", true],
    ["Exports rose in June.", false],
    ["Exports rose steadily in the first half.", false],
    ["More than 2,000 firms export.", false],
    ["The share rose 2 percentage points.", false],
  ];
  for (const [text, want] of TABLE) it(text, () => expect(mayStateFigure(read(text))).toBe(want));

  it("a bare number before goods is a count of them", () => {
    const text = "It made 75 integrated circuits.";
    const chips = ["commodity:integrated-circuits", "integrated circuits", "Commodity"] as const;
    expect(mayStateFigure(read(text, ...chips))).toBe(true);
    expect(mayStateFigure(read(text, chips[0], chips[1], "Organization"))).toBe(false);
  });
});

describe("mayNoteForDocument: a partner, goods, or a period while none is the main one", () => {
  const info = (id: string) => referenceGazetteer().entities.get(id);
  const TABLE: Array<[string, string, [string, string] | null, boolean, boolean]> = [
    ["a partner", "Trade with Brazil grew.", ["country:BRA", "Brazil"], true, true],
    ["a reporter", "China's trade grew.", ["country:CHN", "China"], true, false],
    ["a period, no main period yet", "Trade grew in the first half.", null, false, true],
    ["a period, the main one known", "Trade grew in the first half.", null, true, false],
    ["flow words only", "Exports and imports grew.", null, false, false],
  ];
  for (const [rule, text, entity, known, want] of TABLE)
    it(`${rule}: ${text}`, () =>
      expect(mayNoteForDocument(read(text, entity?.[0], entity?.[1]), info, known)).toBe(want));
});

describe("the words alone answer yes whenever the atoms could", () => {
  const TABLE: Array<[string, boolean, boolean]> = [
    ["Exports rose steadily.", false, false],
    ["Exports rose by RMB1.8 trillion.", true, true],
    ["Exports rose five percent.", true, true],
    ["Imports more than doubled.", true, true],
    ["Exports rose in June.", false, true],
    ["Exports rose this year.", false, true],
  ];
  for (const [text, figure, period] of TABLE)
    it(text, () => {
      const words = wordsIn(text, { start: 0, end: text.length });
      expect(wordsMayStateFigure(words)).toBe(figure);
      expect(wordsMayNoteForDocument(words, [], () => undefined, false)).toBe(period);
      expect(wordsMayNoteForDocument(words, [], () => undefined, true)).toBe(false);
      expect(wordsStateNothing(words, [])).toBe(!figure && !period);
    });

  it("a segment, a topic shift or a mention is something to read", () => {
    const all = (text: string) => wordsIn(text, { start: 0, end: text.length });
    for (const text of ["Processing trade grew.", "In terms of goods, exports rose."])
      expect(wordsStateNothing(all(text), [])).toBe(false);
    const brazil = { start: 0, end: 6, id: "country:BRA", type: "Country" };
    expect(wordsStateNothing(all("Brazil grew."), [brazil])).toBe(false);
  });

  it("over the seeds, the words never say no where the atoms say yes", () => {
    const info = (id: string) => referenceGazetteer().entities.get(id);
    let sentences = 0;
    for (const f of readdirSync("seeds").filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(`seeds/${f}`, "utf8");
      for (const line of splitLines(text))
        for (const s of splitSentences(text, line)) {
          sentences++;
          const words = wordsIn(text, s);
          const reading = readAtoms(text, [s.start, s.end]);
          if (mayStateFigure(reading)) expect(wordsMayStateFigure(words)).toBe(true);
          if (wordsStateNothing(words, []))
            expect(statesNothing(reading, findSegments(reading.tokens))).toBe(true);
          for (const known of [false, true])
            if (mayNoteForDocument(reading, info, known))
              expect(wordsMayNoteForDocument(words, [], info, known)).toBe(true);
        }
    }
    expect(sentences).toBeGreaterThan(300);
  });
});
