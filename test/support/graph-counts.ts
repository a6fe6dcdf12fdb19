/** Whole-graph counts by node label and relationship type: what "nothing changed" compares. */
import type { ExtractedDocument } from "../../src/core/contract.js";
import type { Database } from "../../src/graph/database.js";

export async function graphCounts(db: Database): Promise<Record<string, number>> {
  const nodes = await db.read("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n");
  const relationships = await db.read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n");
  const counts: Record<string, number> = {};
  for (const r of nodes.records) counts[`:${r.get("label")}`] = Number(r.get("n"));
  for (const r of relationships.records) counts[`-${r.get("type")}-`] = Number(r.get("n"));
  return counts;
}

/** Facts and links stored for one document, as the graph holds them. */
export async function documentStatements(db: Database, documentId: string) {
  const result = await db.read(
    `MATCH (d:Document {id: $id})
     RETURN COUNT { (:TradeFact)-[:STATED_IN]->(d) } AS facts,
            COUNT { (d)-[:MENTIONS]->(:Entity) } AS entities,
            COUNT { ()-[r]->() WHERE r.documentId = $id } AS links`,
    { id: documentId },
  );
  const record = result.records[0];
  return record
    ? {
        facts: Number(record.get("facts")),
        entities: Number(record.get("entities")),
        links: Number(record.get("links")),
      }
    : null;
}

/** What the graph should hold for one extracted document: the counts `documentStatements` reads. */
export function expectedStatements(extracted: ExtractedDocument) {
  return {
    id: extracted.document.id,
    counts: {
      facts: new Set(extracted.tradeFacts.map((f) => f.id)).size,
      entities: extracted.entities.length,
      links: extracted.policyFacts.length,
    },
  };
}
