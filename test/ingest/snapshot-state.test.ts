/**
 * The snapshot id kept in one state node: it is a function of the stored documents (order of
 * writing does not matter; deleting a document gives back the id from before it), reading it
 * is one statement, and a graph without the state node gets the same id from its documents.
 */
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import { deleteStoredDocument, writeExtractedDocument } from "../../src/graph/documents.js";
import {
  documentDigest,
  readSnapshotId,
  SNAPSHOT_ID_PATTERN,
  snapshotIdOf,
  stateFromDocuments,
  updatedState,
} from "../../src/graph/snapshot.js";
import { deleteDocument, ingestDocument } from "../../src/ingest/ingest-document.js";
import { openTestDatabase } from "../support/database.js";

const encode = (text: string) => new TextEncoder().encode(text);
const text = (n: number) =>
  `Snapshot test release ${n}\nBeijing, May ${n}, 2024\n\nChina's exports to Peru grew ${n}.4% to ${n}.9 billion yuan in April.\n`;

describe("the snapshot summary", () => {
  const empty = { documents: 0, digest: "0".repeat(32) };
  const digests = ["doc:00000000000000a1", "doc:00000000000000b2", "doc:00000000000000c3"].map(
    (id) => documentDigest(id, "trade-kg 0.1.0"),
  );

  it("is the same whatever order documents were added in, and removing one undoes adding it", () => {
    const forward = updatedState(empty, digests, []);
    const backward = updatedState(empty, [...digests].reverse(), []);
    expect(forward).toEqual(backward);
    expect(forward.documents).toBe(3);
    const withoutLast = updatedState(forward, [], [digests[2]]);
    expect(withoutLast).toEqual(updatedState(empty, digests.slice(0, 2), []));
    expect(snapshotIdOf(withoutLast)).not.toBe(snapshotIdOf(forward));
    expect(snapshotIdOf(forward)).toMatch(SNAPSHOT_ID_PATTERN);
  });
});

describe("the snapshot state node on the real Neo4j", () => {
  const db = openTestDatabase();
  const written: string[] = [];
  const fromDocuments = () =>
    db.readTransaction(async (tx) => snapshotIdOf(await stateFromDocuments(tx)));
  afterAll(async () => {
    for (const id of written) await deleteStoredDocument(db, id).catch(() => undefined);
    await db.close();
  });

  it("follows ingestion and deletion, giving back the earlier id when a document is deleted", async () => {
    const before = await readSnapshotId(db);
    const added = await ingestDocument(db, { bytes: encode(text(1)), source: "snap/one.txt" });
    written.push(added.documentId);
    const after = await readSnapshotId(db);
    expect(after).not.toBe(before);
    expect(after).toBe(await fromDocuments());
    await deleteDocument(db, added.documentId);
    expect(await readSnapshotId(db)).toBe(before);
    expect(before).toBe(await fromDocuments());
  });

  it("changes when a document is replaced by a new version of its source", async () => {
    const first = await ingestDocument(db, { bytes: encode(text(2)), source: "snap/two.txt" });
    const withFirst = await readSnapshotId(db);
    const second = await ingestDocument(db, { bytes: encode(text(3)), source: "snap/two.txt" });
    written.push(first.documentId, second.documentId);
    expect(second.status).toBe("replaced");
    expect(await readSnapshotId(db)).not.toBe(withFirst);
    expect(await readSnapshotId(db)).toBe(await fromDocuments());
  });

  it("is read in one statement", async () => {
    const counter = { statements: 0 };
    await readSnapshotId(db, { counter });
    expect(counter.statements).toBe(1);
  });

  it("is computed from the documents when the state node is missing, and stored by the next write", async () => {
    const expected = await readSnapshotId(db);
    await db.write("MATCH (s:GraphState) DELETE s");
    expect(await readSnapshotId(db)).toBe(expected);
    const extracted = extractDocument(encode(text(4)), "snap/four.txt");
    await writeExtractedDocument(db, extracted);
    written.push(extracted.document.id);
    const state = await db.read("MATCH (s:GraphState) RETURN count(s) AS n");
    expect(state.records[0].get("n")).toBe(1);
    expect(await readSnapshotId(db)).toBe(await fromDocuments());
  });
});
