/**
 * Removing documents inside the caller's transaction: their STATED_IN, policy links and
 * MENTIONS, then the trade facts and entities no other document is left behind, then the
 * document nodes and their texts (not counted: a document's text is part of the document). Entities that stay get their aliases recomputed from the mentions left.
 * Returns each removed document's snapshot digest, so the caller takes it out of the
 * snapshot summary in the same transaction (snapshot.ts).
 */
import type { ManagedTransaction } from "neo4j-driver";
import { PREDICATES } from "../core/contract.js";
import { storedDigest } from "./snapshot.js";

const POLICY_TYPES = PREDICATES.join("|");

export interface RemovalCounts {
  tradeFactsDeleted: number;
  entitiesDeleted: number;
  relationshipsDeleted: number;
}

export async function removeDocuments(
  tx: ManagedTransaction,
  ids: string[],
): Promise<RemovalCounts & { digests: string[] }> {
  const stored = await tx.run(
    `MATCH (d:Document) WHERE d.id IN $ids
     RETURN d.id AS id, d.extractor AS extractor, d.snapshotDigest AS digest`,
    { ids },
  );
  const facts = await tx.run(
    `MATCH (f:TradeFact)-[s:STATED_IN]->(d:Document) WHERE d.id IN $ids
     DELETE s
     WITH DISTINCT f
     WHERE NOT (f)-[:STATED_IN]->()
     DETACH DELETE f`,
    { ids },
  );
  const links = await tx.run(
    `MATCH (d:Document)-[:MENTIONS]->(:Entity)-[r:${POLICY_TYPES}]->(:Entity)
     WHERE d.id IN $ids AND r.documentId = d.id
     WITH DISTINCT r
     DELETE r`,
    { ids },
  );
  const mentions = await tx.run(
    `MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WHERE d.id IN $ids
     DELETE m
     WITH DISTINCT e
     CALL (e) {
       WITH e WHERE NOT (e)--()
       DELETE e
       RETURN count(*) AS deleted
     }
     WITH e, deleted WHERE deleted = 0
     SET e.aliases = COLLECT { MATCH (e)<-[m:MENTIONS]-() UNWIND m.aliases AS alias RETURN DISTINCT alias }`,
    { ids },
  );
  await tx.run(
    `MATCH (d:Document)-[:HAS_TEXT]->(t:DocumentText) WHERE d.id IN $ids
     DETACH DELETE t`,
    { ids },
  );
  const documents = await tx.run("MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d", { ids });
  const counters = [facts, links, mentions, documents].map((r) => r.summary.counters.updates());
  return {
    tradeFactsDeleted: counters[0].nodesDeleted,
    entitiesDeleted: counters[2].nodesDeleted,
    relationshipsDeleted: counters.reduce((sum, c) => sum + c.relationshipsDeleted, 0),
    digests: stored.records.map(storedDigest),
  };
}
