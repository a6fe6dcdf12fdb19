/**
 * Reads of documents (by id in batches, the keyset-paged list) and the MENTIONS lists both
 * ways that DataLoaders batch. A caller-given date goes through extraction (it dates the
 * text's periods), so nothing here writes.
 */
import type { Database } from "../database.js";
import {
  limitParam,
  type Page,
  pagesByKey,
  type ReadOptions,
  type Slice,
  toPage,
} from "./paging.js";
import {
  DOCUMENT_MAP,
  type DocumentRow,
  ENTITY_MAP,
  type EntityRow,
  toDocument,
  toEntity,
} from "./rows.js";

export async function documentsByIds(
  db: Database,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<(DocumentRow | null)[]> {
  const result = await db.read(
    `UNWIND $ids AS id
     MATCH (d:Document {id: id})
     RETURN ${DOCUMENT_MAP} AS row`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(
    result.records.map((r) => {
      const row = toDocument(r.get("row"));
      return [row.id, row] as const;
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

export async function listDocuments(
  db: Database,
  slice: Slice,
  options: ReadOptions = {},
): Promise<Page<DocumentRow>> {
  const result = await db.read(
    `MATCH (d:Document)
     ${slice.after ? "WHERE d.id > $after" : ""}
     RETURN ${DOCUMENT_MAP} AS row
     ORDER BY d.id
     LIMIT $limit`,
    { after: slice.after?.[0] ?? null, limit: limitParam(slice.first) },
    options,
  );
  const rows = result.records.map((r) => toDocument(r.get("row")));
  return toPage(rows, (row) => [row.id], slice.first);
}

export async function countDocuments(db: Database, options: ReadOptions = {}): Promise<number> {
  const result = await db.read("MATCH (d:Document) RETURN count(d) AS n", {}, options);
  return Number(result.records[0].get("n"));
}

export interface MentionBatchKey {
  id: string;
  after: string | null;
}

/** For each entity, a page of the documents that mention it (id order), in key order. */
export async function documentsMentioning(
  db: Database,
  keys: readonly MentionBatchKey[],
  first: number,
  options: ReadOptions = {},
): Promise<Page<DocumentRow>[]> {
  const result = await db.read(
    `UNWIND range(0, size($keys) - 1) AS i
     WITH i, $keys[i] AS k
     CALL (k) {
       MATCH (d:Document)-[:MENTIONS]->(:Entity {id: k.id})
       WHERE k.after IS NULL OR d.id > k.after
       RETURN d ORDER BY d.id LIMIT $limit
     }
     RETURN i, ${DOCUMENT_MAP} AS row`,
    { keys: keys.map((k) => ({ id: k.id, after: k.after })), limit: limitParam(first) },
    options,
  );
  return pagesByKey(result.records, keys.length, toDocument, (row) => [row.id], first);
}

/** For each document, a page of the entities it mentions (id order), in key order. */
export async function entitiesMentionedBy(
  db: Database,
  keys: readonly MentionBatchKey[],
  first: number,
  options: ReadOptions = {},
): Promise<Page<EntityRow>[]> {
  const result = await db.read(
    `UNWIND range(0, size($keys) - 1) AS i
     WITH i, $keys[i] AS k
     CALL (k) {
       MATCH (:Document {id: k.id})-[:MENTIONS]->(e:Entity)
       WHERE k.after IS NULL OR e.id > k.after
       RETURN e ORDER BY e.id LIMIT $limit
     }
     RETURN i, ${ENTITY_MAP} AS row`,
    { keys: keys.map((k) => ({ id: k.id, after: k.after })), limit: limitParam(first) },
    options,
  );
  return pagesByKey(result.records, keys.length, toEntity, (row) => [row.id], first);
}

export type MentionDirection = "DOCUMENTS_OF_ENTITY" | "ENTITIES_OF_DOCUMENT";

/** Counts for the two MENTIONS lists, in the order of `ids`. */
export async function countMentions(
  db: Database,
  direction: MentionDirection,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<number[]> {
  const count =
    direction === "DOCUMENTS_OF_ENTITY"
      ? "COUNT { (:Document)-[:MENTIONS]->(:Entity {id: id}) }"
      : "COUNT { (:Document {id: id})-[:MENTIONS]->(:Entity) }";
  const result = await db.read(
    `UNWIND $ids AS id RETURN id, ${count} AS n`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(result.records.map((r) => [r.get("id") as string, Number(r.get("n"))]));
  return ids.map((id) => byId.get(id) ?? 0);
}
