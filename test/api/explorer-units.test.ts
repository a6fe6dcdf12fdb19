/**
 * The explorer's pure parts, without a browser: how the document page joins sentences and
 * cuts them at entity mentions, how the neighbourhood picture is bounded, and which series
 * an entity page charts.
 */
import { describe, expect, it } from "vitest";
import { boundedNeighbourhood } from "../../src/explorer/neighbourhood.js";
import { passagesOf, stretchesOf } from "../../src/explorer/passages.js";
import type { Fact } from "../../src/explorer/queries.js";
import { seriesCandidates } from "../../src/explorer/series.js";

const TEXT = "China's trade with ASEAN grew. It reached 2.66 trillion yuan. Exports rose.";
const sentence = (from: string, states: string[]) => {
  const start = TEXT.indexOf(from);
  return { start, end: start + from.length, quote: from, states };
};
const mention = (written: string, entity: string) => {
  const start = TEXT.indexOf(written);
  return { start, end: start + written.length, entity };
};

describe("passagesOf", () => {
  it("joins overlapping sentences into one passage stating all their facts", () => {
    const passages = passagesOf(
      [
        sentence("China's trade with ASEAN grew.", ["tf:1"]),
        sentence("ASEAN grew. It reached 2.66 trillion yuan.", ["tf:2"]),
        sentence("Exports rose.", ["tf:3"]),
      ],
      [],
    );
    expect(passages.map((p) => [p.text, p.states])).toEqual([
      ["China's trade with ASEAN grew. It reached 2.66 trillion yuan.", ["tf:1", "tf:2"]],
      ["Exports rose.", ["tf:3"]],
    ]);
    for (const p of passages) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
  });

  it("cuts a passage at the mentions inside it, at their offsets, and leaves out the rest", () => {
    const [passage] = passagesOf(
      [sentence("China's trade with ASEAN grew.", ["tf:1"])],
      [mention("China", "country:CHN"), mention("ASEAN", "region:asean"), mention("Exports", "x")],
    );
    expect(passage.pieces.map((p) => [p.text, p.entity])).toEqual([
      ["China", "country:CHN"],
      ["'s trade with ", null],
      ["ASEAN", "region:asean"],
      [" grew.", null],
    ]);
    for (const piece of passage.pieces)
      expect(TEXT.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
  });

  it("keeps the first of two overlapping mentions", () => {
    const [passage] = passagesOf(
      [sentence("China's trade with ASEAN grew.", ["tf:1"])],
      [mention("China's trade", "a"), mention("trade with", "b")],
    );
    expect(passage.pieces.filter((p) => p.entity).map((p) => p.entity)).toEqual(["a"]);
    expect(passage.pieces.map((p) => p.text).join("")).toBe(passage.text);
  });
});

describe("stretchesOf", () => {
  it("gives the whole text in order: sentences joined and marked, the text between unmarked, mentions cut out everywhere", () => {
    const stretches = stretchesOf(
      TEXT,
      [
        sentence("It reached 2.66 trillion yuan.", ["tf:2"]),
        sentence("2.66 trillion yuan.", ["tf:3"]),
      ],
      [mention("China", "country:CHN"), mention("ASEAN", "region:asean"), mention("yuan", "y")],
    );
    expect(stretches.map((s) => [s.text, s.states])).toEqual([
      ["China's trade with ASEAN grew. ", []],
      ["It reached 2.66 trillion yuan.", ["tf:2", "tf:3"]],
      [" Exports rose.", []],
    ]);
    expect(stretches.map((s) => s.text).join("")).toBe(TEXT);
    expect(stretches.flatMap((s) => s.pieces.filter((p) => p.entity).map((p) => p.entity))).toEqual(
      ["country:CHN", "region:asean", "y"],
    );
    for (const s of stretches) expect(s.pieces.map((p) => p.text).join("")).toBe(s.text);
  });

  it("is the whole text unmarked when no sentence states anything, and leaves out a sentence past its end", () => {
    const stretches = stretchesOf(
      TEXT,
      [{ start: 70, end: 90, quote: "x".repeat(20), states: ["tf:9"] }],
      [],
    );
    expect(stretches.map((s) => [s.text, s.states])).toEqual([[TEXT, []]]);
  });
});

describe("boundedNeighbourhood", () => {
  const star = (size: number) => ({
    nodes: [{ id: "c" }, ...Array.from({ length: size }, (_, i) => ({ id: `n${i}` }))],
    links: [
      ...Array.from({ length: size }, (_, i) => ({
        source: "c",
        target: `n${i}`,
        type: "TRADES_WITH",
      })),
      { source: "n0", target: "far", type: "PART_OF" },
    ],
  });

  it("keeps the centre and the nearest nodes up to the bound, and says how many there were", () => {
    const graph = star(200);
    graph.nodes.push({ id: "far" });
    const bounded = boundedNeighbourhood("c", graph, 150);
    expect(bounded.nodes).toHaveLength(150);
    expect(bounded.total).toBe(202);
    expect(bounded.nodes[0]).toMatchObject({ id: "c", distance: 0 });
    expect(bounded.nodes.map((n) => n.id)).not.toContain("far");
    const kept = new Set(bounded.nodes.map((n) => n.id));
    for (const edge of bounded.edges)
      expect(kept.has(edge.source) && kept.has(edge.target)).toBe(true);
  });

  it("keeps everything under the bound, once per edge", () => {
    const graph = star(3);
    graph.links.push({ ...graph.links[0] });
    const bounded = boundedNeighbourhood("c", graph, 150);
    expect(bounded.nodes).toHaveLength(4);
    expect(bounded.edges).toHaveLength(3);
  });
});

describe("seriesCandidates", () => {
  const ref = (id: string) => ({ id, name: id, type: "COUNTRY" });
  const fact = (id: string, partner: string | null, flow: string, valued: boolean): Fact => ({
    id,
    flow,
    period: { start: "2021-01", end: "2021-06" },
    reporter: ref("country:CHN"),
    partner: partner ? ref(partner) : null,
    commodity: null,
    segment: null,
    value: valued ? { amount: 1, currency: "CNY" } : null,
    changePct: null,
    sharePct: null,
    evidence: [],
  });

  it("gives one series per reporter, partner, commodity and flow with a value, most facts first", () => {
    const candidates = seriesCandidates([
      fact("a", "region:asean", "TOTAL", true),
      fact("b", null, "EXPORT", true),
      fact("c", null, "EXPORT", true),
      fact("d", "region:asean", "EXPORT", false),
    ]);
    expect(candidates.map((c) => [c.key, c.facts])).toEqual([
      [{ reporter: "country:CHN", partner: null, commodity: null, flow: "EXPORT" }, 2],
      [{ reporter: "country:CHN", partner: "region:asean", commodity: null, flow: "TOTAL" }, 1],
    ]);
  });
});
