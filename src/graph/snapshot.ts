/**
 * A snapshot id names one state of the graph's documents: the same stored documents (ids and
 * the extractor that wrote each) give the same id on any machine, and any ingestion, deletion
 * or re-extraction gives another. Exports carry it in their metadata and file names, GET
 * /export sends it as an ETag, GraphQL responses as an extension: two results with the same
 * id came from the same graph.
 *
 * Why a state node: every GraphQL response reads the id, so reading it must not cost a pass
 * over every document. The document set is summarised in one node, (:GraphState {id:
 * "snapshot"}), holding how many documents are stored and the XOR of one 128-bit digest per
 * document (sha256 of its id and extractor). XOR makes the summary independent of the order
 * documents came in, and lets the transaction that writes or deletes documents update it by
 * the digests of just those documents. Reading is one lookup on a unique constraint.
 *
 * The id is sha256 of the running extractor's id, the count and the XOR, so it is a function
 * of the stored documents alone (not of batching, order or history). A graph with documents
 * but no state node (written before the node existed, or loaded from an export script) is
 * summarised from its documents by the same function, streamed, and the first transaction
 * that changes documents stores that summary.
 */
import { createHash } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { EXTRACTOR_ID } from "../core/version.js";
import type { CallOptions, Database } from "./database.js";

/** `snap-` and 16 hex digits of SHA-256. */
export const SNAPSHOT_ID_PATTERN = /^snap-[0-9a-f]{16}$/;

const STATE_ID = "snapshot";
const EMPTY_DIGEST = "0".repeat(32);

/** How many documents are stored and the XOR of their digests (32 hex digits). */
export interface SnapshotState {
  documents: number;
  digest: string;
}

/** One stored document's part of the summary: 128 bits of sha256 of its id and extractor. */
export function documentDigest(documentId: string, extractor: string | null): string {
  return createHash("sha256")
    .update(`${documentId}\t${extractor ?? ""}`)
    .digest("hex")
    .slice(0, 32);
}

/** A stored document's digest: the one written with it, or computed for an older document. */
export function storedDigest(record: { get(key: string): unknown }): string {
  const written = record.get("digest") as string | null;
  return written ?? documentDigest(record.get("id") as string, record.get("extractor") as string);
}

function xorHex(a: string, b: string): string {
  return (BigInt(`0x${a}`) ^ BigInt(`0x${b}`)).toString(16).padStart(32, "0");
}

/** The state after `added` documents are stored and `removed` ones deleted (their digests). */
export function updatedState(
  state: SnapshotState,
  added: readonly string[],
  removed: readonly string[],
): SnapshotState {
  let digest = state.digest;
  for (const d of [...added, ...removed]) digest = xorHex(digest, d);
  return { documents: state.documents + added.length - removed.length, digest };
}

/** The snapshot id of a state. */
export function snapshotIdOf(state: SnapshotState): string {
  const hash = createHash("sha256")
    .update(`${EXTRACTOR_ID}\n${state.documents}\n${state.digest}\n`)
    .digest("hex");
  return `snap-${hash.slice(0, 16)}`;
}

/** The summary computed from the documents themselves, streamed: the fallback and the check. */
export async function stateFromDocuments(tx: ManagedTransaction): Promise<SnapshotState> {
  let state: SnapshotState = { documents: 0, digest: EMPTY_DIGEST };
  const query =
    "MATCH (d:Document) RETURN d.id AS id, d.extractor AS extractor, d.snapshotDigest AS digest";
  for await (const record of tx.run(query)) {
    state = updatedState(state, [storedDigest(record)], []);
  }
  return state;
}

async function storedState(tx: ManagedTransaction): Promise<SnapshotState | null> {
  const result = await tx.run(
    "MATCH (s:GraphState {id: $id}) RETURN s.documents AS documents, s.digest AS digest",
    { id: STATE_ID },
  );
  const record = result.records[0];
  if (!record) return null;
  return { documents: Number(record.get("documents")), digest: record.get("digest") as string };
}

/**
 * Locks the state node for this write transaction and returns the state, creating the node
 * from the documents when it is missing. Called first by every transaction that changes
 * documents, so concurrent writers queue on it and none loses another's update.
 */
export async function lockSnapshotState(tx: ManagedTransaction): Promise<SnapshotState> {
  // Setting a property takes the node's write lock; the values returned are read after it.
  const locked = await tx.run(
    `OPTIONAL MATCH (s:GraphState {id: $id})
     FOREACH (node IN CASE WHEN s IS NULL THEN [] ELSE [s] END | SET node.locked = true)
     RETURN s.documents AS documents, s.digest AS digest`,
    { id: STATE_ID },
  );
  const record = locked.records[0];
  if (record && record.get("digest") !== null) {
    return { documents: Number(record.get("documents")), digest: record.get("digest") as string };
  }
  const state = await stateFromDocuments(tx);
  await saveSnapshotState(tx, state);
  return state;
}

/** Stores the state in the transaction that changed the documents. */
export async function saveSnapshotState(
  tx: ManagedTransaction,
  state: SnapshotState,
): Promise<void> {
  await tx.run(
    `MERGE (s:GraphState {id: $id})
     SET s.documents = $documents, s.digest = $digest, s.locked = true`,
    { id: STATE_ID, documents: neo4j.int(state.documents), digest: state.digest },
  );
}

/** The snapshot id of what this transaction sees: one lookup, or a pass without the node. */
export async function snapshotIdIn(tx: ManagedTransaction): Promise<string> {
  const state = (await storedState(tx)) ?? (await stateFromDocuments(tx));
  return snapshotIdOf(state);
}

/** The snapshot id of the graph as it is now, in a read transaction of its own. */
export function readSnapshotId(db: Database, options: CallOptions = {}): Promise<string> {
  return db.readTransaction((tx) => snapshotIdIn(tx), options);
}
