/**
 * The statements that write a batch of new documents (document-rows.ts's rows): one UNWIND
 * per kind of row, so a batch costs seven statements however many documents and facts it
 * holds. Run inside the caller's transaction, after any older versions were removed, so every
 * document written here is new: its MENTIONS, STATED_IN and policy-link relationships are
 * CREATEd, not searched for among the many that busy entities and facts already have.
 *
 * Shared nodes (entities, trade facts) are merged on their canonical ids, once per batch. An
 * entity's aliases are the union of its mentions' aliases: adding mentions adds their new
 * aliases, without reading the entity's other mentions (deletion recomputes them:
 * document-removal.ts).
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { DocumentRows } from "./document-rows.js";

// Labels and relationship types come from the contract's closed enums (validated before
// writing), never from free text. The fact roles are spelled out, not dynamic types: a MERGE
// of a known type checks only the fact's few relationships of that type, not all it has.
const STATEMENTS: [keyof DocumentRows, string][] = [
  ["documents", "UNWIND $rows AS p CREATE (d:Document) SET d = p"],
  [
    "texts",
    `UNWIND $rows AS t
     MATCH (d:Document {id: t.documentId})
     CREATE (d)-[:HAS_TEXT]->(:DocumentText {text: t.text})`,
  ],
  [
    "entities",
    `UNWIND $rows AS e
     MERGE (n:Entity {id: e.id})
     SET n:$(e.types), n += e.props,
         n.aliases = coalesce(n.aliases, []) + [a IN e.aliases WHERE NOT a IN coalesce(n.aliases, [])]`,
  ],
  [
    "mentions",
    `UNWIND $rows AS m
     MATCH (d:Document {id: m.documentId})
     MATCH (n:Entity {id: m.entityId})
     CREATE (d)-[:MENTIONS {aliases: m.aliases, starts: m.starts, ends: m.ends}]->(n)`,
  ],
  [
    "facts",
    `UNWIND $rows AS f
     MERGE (t:TradeFact {id: f.id})
     SET t += f.props
     WITH t, f
     CALL (t, f) { UNWIND f.reporters AS id MATCH (e:Entity {id: id}) MERGE (t)-[:REPORTER]->(e) }
     CALL (t, f) { UNWIND f.partners AS id MATCH (e:Entity {id: id}) MERGE (t)-[:PARTNER]->(e) }
     CALL (t, f) { UNWIND f.commodities AS id MATCH (e:Entity {id: id}) MERGE (t)-[:COMMODITY]->(e) }`,
  ],
  [
    "stated",
    `UNWIND $rows AS s
     MATCH (t:TradeFact {id: s.factId})
     MATCH (d:Document {id: s.documentId})
     CREATE (t)-[r:STATED_IN]->(d)
     SET r = s.evidence`,
  ],
  [
    "links",
    `UNWIND $rows AS l
     MATCH (s:Entity {id: l.subject})
     MATCH (o:Entity {id: l.object})
     CREATE (s)-[r:$(l.predicate) {documentId: l.documentId}]->(o)
     SET r += l.props`,
  ],
];

export async function createDocuments(tx: ManagedTransaction, rows: DocumentRows): Promise<void> {
  for (const [kind, cypher] of STATEMENTS)
    if (rows[kind].length > 0) await tx.run(cypher, { rows: rows[kind] });
}
