/**
 * The statements that write a batch of new documents (document-rows.ts's rows): one UNWIND
 * per kind of row, so a batch costs four statements however many documents and facts it
 * holds. Run inside the caller's transaction, after any older versions were removed, so every
 * document written here is new: its STATED_IN and policy-link relationships are CREATEd, not
 * searched for among the many that busy entities and facts already have.
 *
 * Shared nodes (entities, trade facts) are merged on their canonical ids. An entity's aliases
 * are the union of its mentions' aliases: adding a mention adds its new aliases, without
 * reading the entity's other mentions (deletion recomputes them: document-removal.ts).
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { DocumentRows } from "./document-rows.js";

export async function createDocuments(tx: ManagedTransaction, rows: DocumentRows): Promise<void> {
  await tx.run("UNWIND $documents AS p CREATE (d:Document) SET d = p", {
    documents: rows.documents,
  });
  // Labels and relationship types come from the contract's closed enums (validated before
  // writing), never from free text.
  if (rows.mentions.length > 0)
    await tx.run(
      `UNWIND $mentions AS e
       MATCH (d:Document {id: e.documentId})
       MERGE (n:Entity {id: e.id})
       SET n:$(e.type), n += e.props
       MERGE (d)-[m:MENTIONS]->(n)
       SET m.aliases = e.aliases, m.starts = e.starts, m.ends = e.ends
       SET n.aliases = coalesce(n.aliases, []) + [a IN e.aliases WHERE NOT a IN coalesce(n.aliases, [])]`,
      { mentions: rows.mentions },
    );
  if (rows.facts.length > 0)
    await tx.run(
      `UNWIND $facts AS f
       MATCH (d:Document {id: f.documentId})
       MERGE (t:TradeFact {id: f.id})
       SET t += f.props
       CREATE (t)-[s:STATED_IN]->(d)
       SET s = f.evidence
       WITH t, f
       MATCH (reporter:Entity {id: f.reporter})
       MERGE (t)-[:REPORTER]->(reporter)
       WITH t, f
       OPTIONAL MATCH (partner:Entity {id: f.partner})
       OPTIONAL MATCH (commodity:Entity {id: f.commodity})
       FOREACH (p IN CASE WHEN partner IS NULL THEN [] ELSE [partner] END | MERGE (t)-[:PARTNER]->(p))
       FOREACH (c IN CASE WHEN commodity IS NULL THEN [] ELSE [commodity] END | MERGE (t)-[:COMMODITY]->(c))`,
      { facts: rows.facts },
    );
  if (rows.links.length > 0)
    await tx.run(
      `UNWIND $links AS l
       MATCH (s:Entity {id: l.subject})
       MATCH (o:Entity {id: l.object})
       CREATE (s)-[r:$(l.predicate) {documentId: l.documentId}]->(o)
       SET r += l.props`,
      { links: rows.links },
    );
}
