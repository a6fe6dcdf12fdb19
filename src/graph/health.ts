/**
 * What `health` reports about the database: its version and edition, and how many nodes
 * carry each of trade-kg's labels. Counts come from Neo4j's count store (COUNT { (:Label) }),
 * so this stays one cheap statement however large the graph grows.
 */
import { ENTITY_TYPES } from "../core/contract.js";
import type { CallOptions, Database } from "./database.js";

export const GRAPH_LABELS = ["Entity", ...ENTITY_TYPES, "TradeFact", "Document"] as const;

export interface DatabaseInfo {
  version: string;
  edition: string;
  nodeCounts: { label: string; count: number }[];
}

export async function readDatabaseInfo(db: Database, options?: CallOptions): Promise<DatabaseInfo> {
  // Labels are fixed names from our own model, not user input, so they can be spelled into
  // the statement; Cypher has no parameter for a label in a count-store lookup.
  const counts = GRAPH_LABELS.map((label) => `COUNT { (:\`${label}\`) } AS \`${label}\``).join(
    ", ",
  );
  const result = await db.read(
    `CALL dbms.components() YIELD versions, edition
     WITH versions[0] AS version, edition LIMIT 1
     RETURN version, edition, ${counts}`,
    {},
    options,
  );
  const record = result.records[0];
  return {
    version: String(record.get("version")),
    edition: String(record.get("edition")),
    nodeCounts: GRAPH_LABELS.map((label) => ({ label, count: Number(record.get(label)) })),
  };
}
