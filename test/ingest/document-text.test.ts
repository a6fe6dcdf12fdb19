/**
 * A document's whole text is stored beside it (a DocumentText node), written in the
 * document's own transaction and removed with it; it is the very string the offsets index,
 * `textLength` is its length in those units, and no export or Document property carries it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseSelection } from "../../src/export/selection.js";
import { documentText, extractDocument } from "../../src/extract/extract-document.js";
import type { Database } from "../../src/graph/database.js";
import { writeExtractedDocument } from "../../src/graph/documents.js";
import { type SubgraphNode, streamSubgraph } from "../../src/graph/subgraph.js";
import { deleteDocument, ingestDocument } from "../../src/ingest/ingest-document.js";
import { ingestPaths } from "../../src/ingest/ingest-paths.js";
import { openTestDatabase } from "../support/database.js";

const encode = (text: string) => new TextEncoder().encode(text);

// Our own wording; "Côte d'Ivoire" and the dash make the UTF-8 bytes outnumber the characters.
const RELEASE = (n: number) => `Customs release — text test ${n}
Beijing, March 9, 2024

China's trade with Viet Nam reached 12${n}.5 billion yuan in the first two months of this year, up 12.3% year on year.
A sentence with no figure in it, about Côte d'Ivoire.
China's exports to Chile rose 8.${n}% to 6.2 billion yuan in the same period.
`;

async function storedText(db: Database, documentId: string) {
  const result = await db.read(
    `MATCH (d:Document {id: $id})
     OPTIONAL MATCH (d)-[:HAS_TEXT]->(t:DocumentText)
     RETURN d.textLength AS textLength, collect(t.text) AS texts, keys(d) AS keys`,
    { id: documentId },
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    textLength: Number(record.get("textLength")),
    texts: record.get("texts") as string[],
    keys: record.get("keys") as string[],
  };
}

async function countTexts(db: Database): Promise<number> {
  const result = await db.read("MATCH (t:DocumentText) RETURN count(t) AS n");
  return Number(result.records[0].get("n"));
}

describe("a document's stored text", () => {
  const db = openTestDatabase();
  const written = new Set<string>();
  const folder = mkdtempSync(join(tmpdir(), "trade-kg-text-"));
  afterAll(async () => {
    for (const id of written) await deleteDocument(db, id).catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
    await db.close();
  });

  it("is the decoded text every offset indexes, its length in those units", async () => {
    const bytes = encode(RELEASE(1));
    const result = await ingestDocument(db, { bytes, source: "text-test/release-1.txt" });
    written.add(result.documentId);
    const text = documentText(bytes, "text-test/release-1.txt");
    expect(text.length).toBeLessThan(bytes.length);
    const stored = await storedText(db, result.documentId);
    expect(stored).toMatchObject({ texts: [text], textLength: text.length });
    expect(stored?.keys).not.toContain("text");
    const quotes = await db.read(
      `MATCH (:TradeFact)-[s:STATED_IN]->(:Document {id: $id})
       RETURN s.quote AS quote, s.start AS start, s.end AS end`,
      { id: result.documentId },
    );
    expect(quotes.records.length).toBeGreaterThan(0);
    for (const r of quotes.records)
      expect(text.slice(Number(r.get("start")), Number(r.get("end")))).toBe(r.get("quote"));
  });

  it("is removed with its document, and a new version of the source keeps only its own", async () => {
    const before = await countTexts(db);
    const first = await ingestDocument(db, {
      bytes: encode(RELEASE(2)),
      source: "text-test/r.txt",
    });
    written.add(first.documentId);
    expect(await countTexts(db)).toBe(before + 1);
    const second = await ingestDocument(db, {
      bytes: encode(RELEASE(3)),
      source: "text-test/r.txt",
    });
    written.add(second.documentId);
    expect(second).toMatchObject({ status: "replaced", replaced: [first.documentId] });
    expect(await countTexts(db)).toBe(before + 1);
    expect((await storedText(db, second.documentId))?.texts).toEqual([RELEASE(3)]);
    await deleteDocument(db, second.documentId);
    expect(await countTexts(db)).toBe(before);
    const orphans = await db.read("MATCH (t:DocumentText) WHERE NOT (t)--() RETURN count(t) AS n");
    expect(Number(orphans.records[0].get("n"))).toBe(0);
  });

  it("is written by a batched ingestion of files, in the document's transaction", async () => {
    writeFileSync(join(folder, "a.txt"), RELEASE(4));
    writeFileSync(join(folder, "b.txt"), RELEASE(5));
    const summary = await ingestPaths(db, [folder], {}, {}, { workers: 1 });
    expect(summary.skipped).toEqual([]);
    for (const [i, doc] of summary.documents.entries()) {
      written.add(doc.documentId);
      const stored = await storedText(db, doc.documentId);
      expect(stored).toMatchObject({ texts: [RELEASE(4 + i)], textLength: RELEASE(4 + i).length });
    }
  });

  it("is written when a document stored before texts were kept is ingested again", async () => {
    const bytes = encode(RELEASE(6));
    const extracted = extractDocument(bytes, "text-test/old.txt");
    written.add(extracted.document.id);
    await writeExtractedDocument(db, extracted, { textLength: bytes.length, metadataKey: null });
    expect((await storedText(db, extracted.document.id))?.texts).toEqual([]);
    const again = await ingestDocument(db, { bytes, source: "text-test/old.txt" });
    expect(again.status).not.toBe("unchanged");
    expect(await storedText(db, extracted.document.id)).toMatchObject({
      texts: [RELEASE(6)],
      textLength: RELEASE(6).length,
    });
    const once = await ingestDocument(db, { bytes, source: "text-test/old.txt" });
    expect(once.status).toBe("unchanged");
  });

  it("is in no export: the document's subgraph has no text node and no text property", async () => {
    const result = await ingestDocument(db, {
      bytes: encode(RELEASE(7)),
      source: "text-test/export.txt",
    });
    written.add(result.documentId);
    for (const view of ["facts", "entities"]) {
      const nodes: SubgraphNode[] = [];
      await streamSubgraph(db, parseSelection({ document: result.documentId, view }), {
        selected: () => {},
        node: (node) => {
          nodes.push(node);
        },
        edge: () => {},
      });
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        expect(node.labels).not.toContain("DocumentText");
        expect(Object.values(node.properties)).not.toContain(RELEASE(7));
        expect(Object.keys(node.properties)).not.toContain("text");
      }
    }
  });
});
