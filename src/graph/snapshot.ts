/**
 * A snapshot id names one state of the graph: a hash of the ingested documents' ids and the
 * extractor that wrote them, so the same documents through the same extractor give the same
 * id on any machine, and any ingestion, deletion or re-extraction gives another. Exports carry
 * it in their metadata and file names, GET /export sends it as an ETag, GraphQL responses as
 * an extension: two results with the same id came from the same graph.
 *
 * The ids are streamed into the hash in id order, so memory stays flat however many
 * documents are stored.
 */
import { createHash } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { EXTRACTOR_ID } from "../core/version.js";
import type { CallOptions, Database } from "./database.js";

/** `snap-` and 16 hex digits of SHA-256. */
export const SNAPSHOT_ID_PATTERN = /^snap-[0-9a-f]{16}$/;

/** The snapshot id of what this transaction sees. */
export async function snapshotIdIn(tx: ManagedTransaction): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`${EXTRACTOR_ID}\n`);
  const query = "MATCH (d:Document) RETURN d.id AS id, d.extractor AS extractor ORDER BY d.id";
  for await (const record of tx.run(query)) {
    hash.update(`${record.get("id")}\t${record.get("extractor") ?? ""}\n`);
  }
  return `snap-${hash.digest("hex").slice(0, 16)}`;
}

/** The snapshot id of the graph as it is now, in a read transaction of its own. */
export function readSnapshotId(db: Database, options: CallOptions = {}): Promise<string> {
  return db.readTransaction((tx) => snapshotIdIn(tx), options);
}
