/**
 * Everything a set of documents put in the graph, in a form two runs can be compared by:
 * the documents (without the time they were ingested), their mentions, the trade facts they
 * state with their sentences and roles, their policy links, and the entities they mention.
 * Rows are sorted by their leading columns, which name each row, and an entity's aliases are
 * sorted too (a set: their order follows the history of writes).
 */
import type { Database } from "../../src/graph/database.js";

const sorted = (rows: unknown[]) =>
  rows
    .map((r) => JSON.stringify(r))
    .sort()
    .map((r) => JSON.parse(r) as unknown);

async function rows(db: Database, cypher: string, ids: string[]): Promise<unknown[]> {
  const result = await db.read(cypher, { ids });
  return sorted(result.records.map((r) => r.toObject()));
}

export async function documentsSignature(db: Database, ids: string[]) {
  const documents = await rows(
    db,
    `MATCH (d:Document) WHERE d.id IN $ids
     RETURN d.id AS id, d {.*, ingestedAt: null} AS props`,
    ids,
  );
  const mentions = await rows(
    db,
    `MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WHERE d.id IN $ids
     RETURN d.id AS document, e.id AS entity, properties(m) AS props`,
    ids,
  );
  const stated = await rows(
    db,
    `MATCH (f:TradeFact)-[s:STATED_IN]->(d:Document) WHERE d.id IN $ids
     RETURN f.id AS fact, d.id AS document, properties(s) AS props`,
    ids,
  );
  const facts = await rows(
    db,
    `MATCH (f:TradeFact)-[:STATED_IN]->(d:Document) WHERE d.id IN $ids
     WITH DISTINCT f
     RETURN f.id AS id, properties(f) AS props,
            COLLECT { MATCH (f)-[r:REPORTER|PARTNER|COMMODITY]->(e) RETURN type(r) + ' ' + e.id ORDER BY type(r) } AS roles`,
    ids,
  );
  const links = await rows(
    db,
    `MATCH (s:Entity)-[r]->(o:Entity) WHERE r.documentId IN $ids
     RETURN s.id AS subject, type(r) AS predicate, o.id AS object, r.documentId AS document,
            properties(r) AS props`,
    ids,
  );
  const entities = await rows(
    db,
    `MATCH (d:Document)-[:MENTIONS]->(e:Entity) WHERE d.id IN $ids
     WITH DISTINCT e
     RETURN e.id AS id, COLLECT { UNWIND labels(e) AS l RETURN l ORDER BY l } AS labels,
            e {.*, aliases: null} AS props,
            COLLECT { UNWIND e.aliases AS a RETURN a ORDER BY a } AS aliases`,
    ids,
  );
  return { documents, mentions, stated, facts, links, entities };
}
