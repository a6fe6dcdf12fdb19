/**
 * Where a document names each entity: the offsets kept on its MENTIONS relationships
 * (`starts`, `ends`), one span per mention in text order. The explorer highlights them in
 * the document's sentences; a DataLoader batches every document of a request into one
 * statement.
 */
import type { Database } from "../database.js";
import type { ReadOptions } from "./paging.js";

export interface MentionSpanRow {
  entityId: string;
  start: number;
  end: number;
}

/** For each document id, its entity mentions ordered by start (then end, then entity id). */
export async function mentionSpansOf(
  db: Database,
  documentIds: readonly string[],
  options: ReadOptions = {},
): Promise<MentionSpanRow[][]> {
  const result = await db.read(
    `UNWIND $ids AS id
     MATCH (:Document {id: id})-[m:MENTIONS]->(e:Entity)
     UNWIND range(0, size(coalesce(m.starts, [])) - 1) AS i
     RETURN id, e.id AS entityId, m.starts[i] AS start, m.ends[i] AS end`,
    { ids: [...new Set(documentIds)] },
    options,
  );
  const byDocument = new Map<string, MentionSpanRow[]>();
  for (const record of result.records) {
    const id = record.get("id") as string;
    const spans = byDocument.get(id) ?? [];
    spans.push({
      entityId: record.get("entityId") as string,
      start: Number(record.get("start")),
      end: Number(record.get("end")),
    });
    byDocument.set(id, spans);
  }
  const inTextOrder = (a: MentionSpanRow, b: MentionSpanRow) =>
    a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId);
  return documentIds.map((id) => [...(byDocument.get(id) ?? [])].sort(inTextOrder));
}
