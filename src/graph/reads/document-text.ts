/**
 * Documents' whole texts (their DocumentText nodes), read apart from the Document rows so
 * that only a request asking for `Document.text` moves the text: the rows every list, page
 * and export reads stay small. A DataLoader batches every document of a request into one
 * statement.
 */
import type { Database } from "../database.js";
import type { ReadOptions } from "./paging.js";

/** For each document id, its stored text; null when none is stored (or no such document). */
export async function documentTextsOf(
  db: Database,
  documentIds: readonly string[],
  options: ReadOptions = {},
): Promise<(string | null)[]> {
  const result = await db.read(
    `UNWIND $ids AS id
     MATCH (:Document {id: id})-[:HAS_TEXT]->(t:DocumentText)
     RETURN id, t.text AS text`,
    { ids: [...new Set(documentIds)] },
    options,
  );
  const byDocument = new Map<string, string>();
  for (const record of result.records)
    byDocument.set(record.get("id") as string, record.get("text") as string);
  return documentIds.map((id) => byDocument.get(id) ?? null);
}
