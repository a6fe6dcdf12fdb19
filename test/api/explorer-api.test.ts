/**
 * What the explorer's document page reads beyond the rest of the API: Document.mentions, the
 * offsets of every entity mention, in the same text as the evidence offsets. Checked against
 * the extractor's own output for the seed briefings, and against the sentences behind facts.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import { type Data, queryCounted, queryData } from "../support/api.js";
import { useSeededApi } from "../support/seeded-api.js";
import { SEED_FILES } from "../support/tiny-graph.js";

const ROOT = resolve(import.meta.dirname, "../..");

describe("Document.mentions", () => {
  const seeded = useSeededApi();

  it("lists every mention the extractor found, in text order, with its entity", async () => {
    const file = SEED_FILES[0];
    const extracted = extractDocument(readFileSync(resolve(ROOT, file)), file);
    const expected = extracted.entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id })))
      .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `query($id: ID!) { document(id: $id) { mentions { start end entity { id } } } }`,
      { id: extracted.document.id },
    );
    const served = data.document.mentions.map((m: Data) => ({
      start: m.start,
      end: m.end,
      id: m.entity.id,
    }));
    expect(served.length).toBeGreaterThan(10);
    expect(served).toEqual(expected);
  });

  it("gives offsets that fall inside the sentences behind facts where an alias is written", async () => {
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `query($id: ID!) { document(id: $id) {
        mentions { start end entity { aliases } }
        tradeFacts(first: 100) { edges { node { evidence { start end quote document { id } } } } } } }`,
      { id: seeded.seedIds[0] },
    );
    const sentences = data.document.tradeFacts.edges
      .flatMap((e: Data) => e.node.evidence)
      .filter((ev: Data) => ev.document.id === seeded.seedIds[0]);
    const inside = data.document.mentions.flatMap((m: Data) => {
      const sentence = sentences.find((s: Data) => s.start <= m.start && m.end <= s.end);
      return sentence
        ? [{ written: sentence.quote.slice(m.start - sentence.start, m.end - sentence.start), m }]
        : [];
    });
    expect(inside.length).toBeGreaterThan(5);
    for (const { written, m } of inside)
      expect(m.entity.aliases.map((a: string) => a.toLowerCase())).toContain(written.toLowerCase());
  });

  it("costs one statement per level for every document listed", async () => {
    const { errors, statements } = await queryCounted(
      seeded.api.graphqlUrl,
      "{ documents(first: 10) { edges { node { mentions { start entity { id } } } } } }",
    );
    expect(errors).toBeUndefined();
    expect(statements).toBeLessThanOrEqual(3);
  });
});
