/**
 * ingestDocument against the real Neo4j: what a document writes, that writing it again changes
 * nothing, that a new version replaces the old, and that deleting keeps what others state.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TradeKgError } from "../../src/core/errors.js";
import { extractDocument } from "../../src/extract/extract-document.js";
import { deleteDocument, ingestDocument } from "../../src/ingest/ingest-document.js";
import { openTestDatabase } from "../support/database.js";
import { documentStatements, graphCounts } from "../support/graph-counts.js";

const ROOT = resolve(import.meta.dirname, "../..");
const seedPaths = ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"];
const bytesOf = (path: string) => readFileSync(resolve(ROOT, path));
const encode = (text: string) => new TextEncoder().encode(text);

// Two small documents in our own wording that share China and Viet Nam but not Uruguay.
const SHARED_A = `Monthly customs data release
Beijing, March 9, 2024

China's trade with Viet Nam reached 120.5 billion yuan in the first two months of this year, up 12.3% year on year. China's exports to Uruguay rose 8.1% to 6.2 billion yuan in the same period.
`;
const SHARED_B = `Customs news
Beijing, April 12, 2024

In the first quarter of this year, China's imports from Viet Nam grew 5.5% to 90.1 billion yuan.
`;

describe("ingestDocument", () => {
  const db = openTestDatabase();
  const written: string[] = [];
  afterAll(async () => {
    for (const id of written) await deleteDocument(db, id).catch(() => undefined);
    await db.close();
  });

  it("writes each seed with exactly the facts, links and entities its extraction holds", async () => {
    for (const path of seedPaths) {
      const extracted = extractDocument(bytesOf(path), path);
      const result = await ingestDocument(db, { bytes: bytesOf(path), source: path });
      written.push(result.documentId);
      expect(result.documentId).toBe(extracted.document.id);
      const stored = await documentStatements(db, extracted.document.id);
      expect(stored).toEqual({
        facts: new Set(extracted.tradeFacts.map((f) => f.id)).size,
        entities: extracted.entities.length,
        links: extracted.policyFacts.length,
      });
    }
  });

  it("keeps the sentence behind every figure: each stored quote is the text at its offsets", async () => {
    const text = readFileSync(resolve(ROOT, seedPaths[1]), "utf8").replace(/^\uFEFF/, "");
    const id = extractDocument(bytesOf(seedPaths[1]), seedPaths[1]).document.id;
    const result = await db.read(
      "MATCH (:TradeFact)-[s:STATED_IN]->(:Document {id: $id}) RETURN s.quote AS quote, s.start AS start, s.end AS end",
      { id },
    );
    expect(result.records.length).toBeGreaterThan(0);
    for (const r of result.records) {
      expect(Number.isInteger(r.get("start"))).toBe(true);
      expect(text.slice(r.get("start"), r.get("end"))).toBe(r.get("quote"));
    }
  });

  it("changes nothing when the same documents are ingested again", async () => {
    const before = await graphCounts(db);
    for (const path of seedPaths) {
      const result = await ingestDocument(db, { bytes: bytesOf(path), source: path });
      expect(result.status).toBe("unchanged");
    }
    expect(await graphCounts(db)).toEqual(before);
  });

  it("re-extracts a document whose stored extractor version differs", async () => {
    const path = seedPaths[0];
    const id = extractDocument(bytesOf(path), path).document.id;
    const before = await graphCounts(db);
    await db.write("MATCH (d:Document {id: $id}) SET d.extractor = 'trade-kg 0.0.0'", { id });
    const result = await ingestDocument(db, { bytes: bytesOf(path), source: path });
    expect(result.status).toBe("replaced");
    expect(result.replaced).toEqual([]);
    const stored = await db.read("MATCH (d:Document {id: $id}) RETURN d.extractor AS e", { id });
    expect(stored.records[0].get("e")).toMatch(/^trade-kg \d/);
    expect(stored.records[0].get("e")).not.toBe("trade-kg 0.0.0");
    expect(await graphCounts(db)).toEqual(before);
  });

  it("replaces a changed version of a document (same source, new content) with its new facts only", async () => {
    const source = "fixtures/changing-release.txt";
    const first = await ingestDocument(db, { bytes: encode(SHARED_A), source });
    const shorter = SHARED_A.replace(/ China's exports to Uruguay.*\n/, "\n");
    const second = await ingestDocument(db, { bytes: encode(shorter), source });
    written.push(second.documentId);
    expect(second.status).toBe("replaced");
    expect(second.replaced).toEqual([first.documentId]);
    expect(await documentStatements(db, first.documentId)).toBeNull();
    const documents = await db.read("MATCH (d:Document {source: $source}) RETURN d.id AS id", {
      source,
    });
    expect(documents.records.map((r) => r.get("id"))).toEqual([second.documentId]);
    const expected = extractDocument(encode(shorter), source);
    expect((await documentStatements(db, second.documentId))?.facts).toBe(
      new Set(expected.tradeFacts.map((f) => f.id)).size,
    );
    // Uruguay was named only by the removed sentence.
    const uruguay = await db.read(
      "MATCH (e:Entity {id: 'country:URY'})<-[:MENTIONS]-(d:Document {source: $source}) RETURN count(e) AS n",
      { source },
    );
    expect(uruguay.records[0].get("n")).toBe(0);
  });

  it("deletes a document's statements and orphaned entities, keeping entities other documents mention", async () => {
    const a = await ingestDocument(db, {
      bytes: encode(SHARED_A),
      source: "fixtures/shared-a.txt",
    });
    const b = await ingestDocument(db, {
      bytes: encode(SHARED_B),
      source: "fixtures/shared-b.txt",
    });
    written.push(b.documentId);
    const mentions = await db.read(
      `MATCH (:Document {id: $id})-[:MENTIONS]->(e:Entity)
       RETURN e.id AS id, COUNT { (e)<-[:MENTIONS]-(:Document) } AS documents`,
      { id: a.documentId },
    );
    const onlyInA = mentions.records
      .filter((r) => r.get("documents") === 1)
      .map((r) => r.get("id"));
    const shared = mentions.records.filter((r) => r.get("documents") > 1).map((r) => r.get("id"));
    expect(shared).toContain("country:VNM");
    expect(onlyInA.length).toBeGreaterThan(0);

    const removal = await deleteDocument(db, a.documentId);
    expect(removal.documentId).toBe(a.documentId);
    expect(removal.entitiesDeleted).toBe(onlyInA.length);
    expect(await documentStatements(db, a.documentId)).toBeNull();
    const left = await db.read("MATCH (e:Entity) WHERE e.id IN $ids RETURN collect(e.id) AS ids", {
      ids: [...onlyInA, ...shared],
    });
    expect([...left.records[0].get("ids")].sort()).toEqual([...shared].sort());
    const orphans = await db.read("MATCH (e:Entity) WHERE NOT (e)--() RETURN count(e) AS n");
    expect(orphans.records[0].get("n")).toBe(0);
    const orphanFacts = await db.read(
      "MATCH (f:TradeFact) WHERE NOT (f)-[:STATED_IN]->() RETURN count(f) AS n",
    );
    expect(orphanFacts.records[0].get("n")).toBe(0);
  });

  it("says NOT_FOUND when deleting a document that is not stored", async () => {
    const error = await deleteDocument(db, "doc:0000000000000000").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TradeKgError);
    expect((error as TradeKgError).code).toBe("NOT_FOUND");
  });

  it.each([
    ["empty", new Uint8Array()],
    ["binary", new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8])],
    ["invalid UTF-8", new Uint8Array([0x43, 0x68, 0x69, 0x6e, 0x61, 0xc3, 0x28, 0x20, 0x74])],
  ])("refuses %s input with INPUT_UNREADABLE and writes nothing", async (_, bytes) => {
    const before = await graphCounts(db);
    const error = await ingestDocument(db, { bytes, source: "fixtures/bad.txt" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TradeKgError);
    expect((error as TradeKgError).code).toBe("INPUT_UNREADABLE");
    expect(await graphCounts(db)).toEqual(before);
  });
});
