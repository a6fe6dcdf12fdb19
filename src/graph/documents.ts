/**
 * Writing and deleting documents' part of the graph (docs/GRAPH.md).
 *
 * A batch of documents is written in one managed write transaction: the driver retries it on
 * transient errors, and a failure anywhere (the process killed, the database stopped)
 * commits nothing, so the graph never holds half a document, nor half a batch. Each kind of
 * row goes in one UNWIND statement for the whole batch (document-writes.ts), so a batch costs
 * the same handful of statements however many documents and facts it holds; one document is
 * a batch of one. The same transaction updates the snapshot summary (snapshot.ts), so the
 * snapshot id always names the documents stored.
 *
 * What a document "states" is kept on relationships that carry its id or point at its node
 * (STATED_IN, policy links, MENTIONS); shared nodes (entities, trade facts) are merged on their
 * canonical ids and removed only when no document is left behind them.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { expectedGot, TradeKgError } from "../core/errors.js";
import type { CallOptions, Database } from "./database.js";
import { type RemovalCounts, removeDocuments } from "./document-removal.js";
import { type DocumentToWrite, rowsOf } from "./document-rows.js";
import { createDocuments } from "./document-writes.js";
import { documentDigest, lockSnapshotState, saveSnapshotState, updatedState } from "./snapshot.js";

export type { DocumentToWrite } from "./document-rows.js";

export type WriteStatus = "created" | "replaced" | "unchanged";

export interface DocumentWriteResult {
  documentId: string;
  status: WriteStatus;
  /** Ids of the documents this one replaced (an older version of the same source). */
  replaced: string[];
  entities: number;
  tradeFacts: number;
  policyLinks: number;
}

export interface DocumentRemoval extends RemovalCounts {
  documentId: string;
}

export interface WriteOptions extends CallOptions {
  textLength?: number;
  /** the decoded text the offsets index (document-rows.ts) */
  text?: string;
  /** what the caller stated about the document (meta-input.ts's key), null for nothing */
  metadataKey?: string | null;
}

interface StoredVersion {
  id: string;
  extractor: string;
  metadataKey: string | null;
  /** whether its text is stored (documents written before texts were kept have none) */
  hasText: boolean;
}

/**
 * Writes one extracted document unless the same content, with the same caller metadata, from
 * the same extractor is stored.
 */
export async function writeExtractedDocument(
  db: Database,
  extracted: DocumentToWrite["extracted"],
  options: WriteOptions = {},
): Promise<DocumentWriteResult> {
  const item = {
    extracted,
    textLength: options.textLength,
    text: options.text,
    metadataKey: options.metadataKey,
  };
  const [result] = await writeExtractedDocuments(db, [item], options);
  return result;
}

/**
 * Writes a batch of documents in one transaction, each unless the same content, caller
 * metadata and extractor is stored; an older version of a document's source is replaced.
 * No two documents of a batch may share an id or a source (split such runs into batches).
 * Results come in the batch's order.
 */
export async function writeExtractedDocuments(
  db: Database,
  batch: readonly DocumentToWrite[],
  options: CallOptions = {},
): Promise<DocumentWriteResult[]> {
  assertDistinct(batch);
  if (batch.length === 0) return [];
  return db.writeTransaction((tx) => writeBatch(tx, batch), options);
}

function assertDistinct(batch: readonly DocumentToWrite[]): void {
  const ids = new Set(batch.map((b) => b.extracted.document.id));
  const sources = new Set(batch.map((b) => b.extracted.document.source));
  if (ids.size < batch.length || sources.size < batch.length)
    throw new TradeKgError(
      "INTERNAL_SERVER_ERROR",
      expectedGot("a batch of documents with distinct ids and sources", "a repeated one", ""),
    );
}

async function writeBatch(
  tx: ManagedTransaction,
  batch: readonly DocumentToWrite[],
): Promise<DocumentWriteResult[]> {
  const state = await lockSnapshotState(tx);
  const stored = await storedVersionsIn(tx, batch);
  const toWrite: DocumentToWrite[] = [];
  const replacedIds = new Set<string>();
  const results = batch.map((item) => {
    const { document } = item.extracted;
    const versions = stored.get(document.id) ?? [];
    const metadataKey = item.metadataKey ?? null;
    // a version stored without its text is written again when the text is given
    const same = (d: StoredVersion) =>
      d.id === document.id &&
      d.extractor === document.extractor &&
      d.metadataKey === metadataKey &&
      (d.hasText || typeof item.text !== "string");
    if (versions.some(same)) return unchangedResult(document.id);
    for (const v of versions) replacedIds.add(v.id);
    toWrite.push(item);
    return writtenResult(item, versions);
  });
  if (toWrite.length === 0) return results;
  const removed = replacedIds.size > 0 ? await removeDocuments(tx, [...replacedIds]) : null;
  await createDocuments(tx, rowsOf(toWrite, new Date().toISOString()));
  const added = toWrite.map((i) =>
    documentDigest(i.extracted.document.id, i.extracted.document.extractor),
  );
  await saveSnapshotState(tx, updatedState(state, added, removed?.digests ?? []));
  return results;
}

export function unchangedResult(documentId: string): DocumentWriteResult {
  return {
    documentId,
    status: "unchanged",
    replaced: [],
    entities: 0,
    tradeFacts: 0,
    policyLinks: 0,
  };
}

function writtenResult(item: DocumentToWrite, versions: StoredVersion[]): DocumentWriteResult {
  const { extracted } = item;
  const documentId = extracted.document.id;
  return {
    documentId,
    status: versions.length > 0 ? "replaced" : "created",
    replaced: versions.map((d) => d.id).filter((id) => id !== documentId),
    entities: extracted.entities.length,
    tradeFacts: extracted.tradeFacts.length,
    policyLinks: extracted.policyFacts.length,
  };
}

/** The stored documents each batch document would replace or repeat: same id or same source. */
async function storedVersionsIn(
  tx: ManagedTransaction,
  batch: readonly DocumentToWrite[],
): Promise<Map<string, StoredVersion[]>> {
  const result = await tx.run(
    `UNWIND $docs AS doc
     CALL (doc) {
       MATCH (d:Document {id: doc.id}) RETURN d
       UNION
       MATCH (d:Document {source: doc.source}) RETURN d
     }
     RETURN doc.id AS for, d.id AS id, d.extractor AS extractor, d.metadataKey AS metadataKey,
            EXISTS { (d)-[:HAS_TEXT]->(:DocumentText) } AS hasText`,
    {
      docs: batch.map((b) => ({
        id: b.extracted.document.id,
        source: b.extracted.document.source,
      })),
    },
  );
  const byDocument = new Map<string, StoredVersion[]>();
  for (const r of result.records) {
    const versions = byDocument.get(r.get("for")) ?? [];
    versions.push({
      id: r.get("id"),
      extractor: r.get("extractor"),
      metadataKey: r.get("metadataKey") ?? null,
      hasText: r.get("hasText") === true,
    });
    byDocument.set(r.get("for"), versions);
  }
  return byDocument;
}

/** A stored document's extractor, caller metadata and whether its text is stored. */
export type StoredDocumentVersion = Omit<StoredVersion, "id">;

/**
 * The extractor and caller metadata of stored documents, and whether their text is stored
 * (ingestion extracts one without it again), by id; absent ids are not stored.
 */
export async function storedVersionsOf(
  db: Database,
  documentIds: readonly string[],
  options: CallOptions = {},
): Promise<Map<string, StoredDocumentVersion>> {
  const result = await db.read(
    `UNWIND $ids AS id
     MATCH (d:Document {id: id})
     RETURN d.id AS id, d.extractor AS extractor, d.metadataKey AS metadataKey,
            EXISTS { (d)-[:HAS_TEXT]->(:DocumentText) } AS hasText`,
    { ids: [...documentIds] },
    options,
  );
  return new Map(
    result.records.map((r) => [
      r.get("id") as string,
      {
        extractor: r.get("extractor") as string,
        metadataKey: r.get("metadataKey") ?? null,
        hasText: r.get("hasText") === true,
      },
    ]),
  );
}

/** The extractor, caller metadata and text presence of a stored document, or null. */
export async function storedVersionOf(
  db: Database,
  documentId: string,
  options: CallOptions = {},
): Promise<StoredDocumentVersion | null> {
  return (await storedVersionsOf(db, [documentId], options)).get(documentId) ?? null;
}

/** Removes a document and what only it stated; null when no such document is stored. */
export async function deleteStoredDocument(
  db: Database,
  documentId: string,
  options: CallOptions = {},
): Promise<DocumentRemoval | null> {
  return db.writeTransaction(async (tx) => {
    const state = await lockSnapshotState(tx);
    const found = await tx.run("MATCH (d:Document {id: $id}) RETURN count(d) AS n", {
      id: documentId,
    });
    if (Number(found.records[0].get("n")) === 0) return null;
    const { digests, ...counts } = await removeDocuments(tx, [documentId]);
    await saveSnapshotState(tx, updatedState(state, [], digests));
    return { documentId, ...counts };
  }, options);
}
