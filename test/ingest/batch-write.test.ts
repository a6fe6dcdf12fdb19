/**
 * Batched writing against the real Neo4j: many documents cost one transaction of as many
 * statements as one document; a batch that fails is written again document by document, so
 * one bad document is skipped and the others are stored whole; writing a stored batch again
 * writes nothing; and the snapshot summary always matches the documents stored.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { ExtractedDocument } from "../../src/core/contract.js";
import { extractDocument } from "../../src/extract/extract-document.js";
import { deleteStoredDocument, writeExtractedDocuments } from "../../src/graph/documents.js";
import { readSnapshotId, snapshotIdOf, stateFromDocuments } from "../../src/graph/snapshot.js";
import { writeBatchOrEach } from "../../src/ingest/write-batch.js";
import { openTestDatabase } from "../support/database.js";
import { documentStatements, graphCounts } from "../support/graph-counts.js";

const encode = (text: string) => new TextEncoder().encode(text);

/** A small release of our own wording, different for each n. */
function release(n: number): ExtractedDocument {
  const text = `Customs release number ${n}
Beijing, March ${(n % 27) + 1}, 2024

China's exports to Chile grew ${n}.5% to ${100 + n}.2 billion yuan in the first two months of this year. China's imports from Viet Nam rose ${n}.1% to ${50 + n}.7 billion yuan in the same period.
`;
  return extractDocument(encode(text), `batch-write/release-${n}.txt`);
}

const expectedCounts = (d: ExtractedDocument) => ({
  facts: new Set(d.tradeFacts.map((f) => f.id)).size,
  entities: d.entities.length,
  links: d.policyFacts.length,
});

describe("writeExtractedDocuments", () => {
  const db = openTestDatabase();
  const written = new Set<string>();
  const batchOf = (docs: ExtractedDocument[]) => {
    for (const d of docs) written.add(d.document.id);
    return docs.map((extracted) => ({ extracted, metadataKey: null }));
  };
  const summaryMatchesDocuments = async () => {
    const recomputed = await db.readTransaction(async (tx) =>
      snapshotIdOf(await stateFromDocuments(tx)),
    );
    expect(await readSnapshotId(db)).toBe(recomputed);
  };
  afterAll(async () => {
    for (const id of written) await deleteStoredDocument(db, id).catch(() => undefined);
    await db.close();
  });

  it("writes ten documents in one transaction with as many statements as one document", async () => {
    const one = [release(1)];
    const ten = Array.from({ length: 10 }, (_, i) => release(10 + i));
    const before = db.statementCount();
    await writeExtractedDocuments(db, batchOf(one));
    const forOne = db.statementCount() - before;
    const middle = db.statementCount();
    const results = await writeExtractedDocuments(db, batchOf(ten));
    expect(db.statementCount() - middle).toBe(forOne);
    expect(results.map((r) => r.status)).toEqual(ten.map(() => "created"));
    for (const d of [...one, ...ten])
      expect(await documentStatements(db, d.document.id)).toEqual(expectedCounts(d));
    await summaryMatchesDocuments();
  });

  it("writes nothing when a stored batch is written again", async () => {
    const docs = Array.from({ length: 10 }, (_, i) => release(10 + i));
    const before = await graphCounts(db);
    const snapshot = await readSnapshotId(db);
    const results = await writeExtractedDocuments(db, batchOf(docs));
    expect(results.map((r) => r.status)).toEqual(docs.map(() => "unchanged"));
    expect(await graphCounts(db)).toEqual(before);
    expect(await readSnapshotId(db)).toBe(snapshot);
  });

  it("stores the good documents of a batch whole and skips the one the database refuses", async () => {
    const good = [release(31), release(33)];
    const bad = release(32);
    // a nested map is no property value Neo4j can store: its entity row is refused
    (bad.entities[0].codes as Record<string, unknown>).iso3 = { nested: true };
    const outcomes = await writeBatchOrEach(db, batchOf([good[0], bad, good[1]]));
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, reason: expect.stringMatching(/propert/i) });
    expect(await documentStatements(db, bad.document.id)).toBeNull();
    for (const d of good)
      expect(await documentStatements(db, d.document.id)).toEqual(expectedCounts(d));
    const orphans = await db.read("MATCH (e:Entity) WHERE NOT (e)--() RETURN count(e) AS n");
    expect(orphans.records[0].get("n")).toBe(0);
    await summaryMatchesDocuments();
  });

  it("refuses a batch naming one source twice, before writing anything", async () => {
    const a = release(41);
    const b = { ...release(42), document: { ...release(42).document, source: a.document.source } };
    const before = await graphCounts(db);
    await expect(writeExtractedDocuments(db, batchOf([a, b]))).rejects.toThrow(
      /distinct ids and sources/,
    );
    expect(await graphCounts(db)).toEqual(before);
  });
});
