/**
 * Writing and deleting one document's part of the graph (docs/GRAPH.md).
 *
 * A document is written in one managed write transaction: the driver retries it on transient
 * errors, and a failure anywhere (the process killed, the database stopped) commits nothing,
 * so the graph never holds half a document. Each kind of row goes in one UNWIND statement,
 * so a document costs a handful of statements however many facts it states.
 *
 * What a document "states" is kept on relationships that carry its id or point at its node
 * (STATED_IN, policy links, MENTIONS); shared nodes (entities, trade facts) are merged on their
 * canonical ids and removed only when no document is left behind them.
 *
 * Offsets, lengths, money and quantity amounts are sent as Cypher INTEGERs (neo4j.int: a JS
 * number would be stored as a FLOAT, and analysts would see 5120.0 or 8.22E12); prices and
 * percentages are FLOATs whose shortest decimal form is the one the text writes.
 *
 * A fact stated by several sentences of one document keeps them all on its STATED_IN
 * relationship, the one that writes out most of its figures first (src/graph/evidence.ts).
 */
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { type ExtractedDocument, PREDICATES, type TradeFact } from "../core/contract.js";
import type { CallOptions, Database } from "./database.js";
import { statedInProperties } from "./evidence.js";

export type WriteStatus = "created" | "replaced" | "unchanged";

export interface DocumentWriteResult {
  documentId: string;
  status: WriteStatus;
  /** Ids of the documents this one replaced (an older version of the same source). */
  replaced: string[];
  entities: number;
  tradeFacts: number;
  policyLinks: number;
}

export interface DocumentRemoval {
  documentId: string;
  tradeFactsDeleted: number;
  entitiesDeleted: number;
  relationshipsDeleted: number;
}

const POLICY_TYPES = PREDICATES.join("|");

export interface WriteOptions extends CallOptions {
  textLength?: number;
  /** what the caller stated about the document (meta-input.ts's key), null for nothing */
  metadataKey?: string | null;
}

/**
 * Writes one extracted document unless the same content, with the same caller metadata, from
 * the same extractor is stored.
 */
export async function writeExtractedDocument(
  db: Database,
  extracted: ExtractedDocument,
  options: WriteOptions = {},
): Promise<DocumentWriteResult> {
  const { document } = extracted;
  const metadataKey = options.metadataKey ?? null;
  return db.writeTransaction(async (tx) => {
    const existing = await tx.run(
      `MATCH (d:Document) WHERE d.id = $id OR d.source = $source
       RETURN d.id AS id, d.extractor AS extractor, d.metadataKey AS metadataKey`,
      { id: document.id, source: document.source },
    );
    const stored = existing.records.map((r) => ({
      id: r.get("id") as string,
      extractor: r.get("extractor") as string,
      metadataKey: (r.get("metadataKey") as string | null) ?? null,
    }));
    const same = (d: (typeof stored)[number]) =>
      d.id === document.id && d.extractor === document.extractor && d.metadataKey === metadataKey;
    if (stored.some(same)) {
      return {
        documentId: document.id,
        status: "unchanged",
        replaced: [],
        entities: 0,
        tradeFacts: 0,
        policyLinks: 0,
      };
    }
    const replaced = stored.map((d) => d.id);
    if (replaced.length > 0) await removeDocuments(tx, replaced);
    await createDocument(tx, extracted, options.textLength ?? null, metadataKey);
    return {
      documentId: document.id,
      status: replaced.length > 0 ? "replaced" : "created",
      replaced: replaced.filter((id) => id !== document.id),
      entities: extracted.entities.length,
      tradeFacts: extracted.tradeFacts.length,
      policyLinks: extracted.policyFacts.length,
    };
  }, options);
}

/** The extractor and caller metadata of a stored document, or null when it is not stored. */
export async function storedVersionOf(
  db: Database,
  documentId: string,
  options: CallOptions = {},
): Promise<{ extractor: string; metadataKey: string | null } | null> {
  const result = await db.read(
    "MATCH (d:Document {id: $id}) RETURN d.extractor AS extractor, d.metadataKey AS metadataKey",
    { id: documentId },
    options,
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    extractor: record.get("extractor") as string,
    metadataKey: (record.get("metadataKey") as string | null) ?? null,
  };
}

/** Removes a document and what only it stated; null when no such document is stored. */
export async function deleteStoredDocument(
  db: Database,
  documentId: string,
  options: CallOptions = {},
): Promise<DocumentRemoval | null> {
  return db.writeTransaction(async (tx) => {
    const found = await tx.run("MATCH (d:Document {id: $id}) RETURN count(d) AS n", {
      id: documentId,
    });
    if (Number(found.records[0].get("n")) === 0) return null;
    return { documentId, ...(await removeDocuments(tx, [documentId])) };
  }, options);
}

async function removeDocuments(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Omit<DocumentRemoval, "documentId">> {
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
  const documents = await tx.run("MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d", { ids });
  const counters = [facts, links, mentions, documents].map((r) => r.summary.counters.updates());
  return {
    tradeFactsDeleted: counters[0].nodesDeleted,
    entitiesDeleted: counters[2].nodesDeleted,
    relationshipsDeleted: counters.reduce((sum, c) => sum + c.relationshipsDeleted, 0),
  };
}

async function createDocument(
  tx: ManagedTransaction,
  extracted: ExtractedDocument,
  textLength: number | null,
  metadataKey: string | null,
): Promise<void> {
  const { document } = extracted;
  await tx.run(
    `CREATE (d:Document)
     SET d = $props`,
    {
      props: withoutNulls({
        id: document.id,
        source: document.source,
        title: document.title,
        date: document.date,
        dateSource: document.dateSource,
        url: document.url,
        speakers: document.speakers,
        extractor: document.extractor,
        metadataKey,
        ingestedAt: new Date().toISOString(),
        textLength: textLength === null ? null : neo4j.int(textLength),
      }),
    },
  );

  // Labels and relationship types below come from the contract's closed enums
  // (validated before writing), never from free text.
  await tx.run(
    `MATCH (d:Document {id: $documentId})
     UNWIND $entities AS e
     MERGE (n:Entity {id: e.id})
     SET n:$(e.type), n += e.props
     MERGE (d)-[m:MENTIONS]->(n)
     SET m.aliases = e.aliases, m.starts = e.starts, m.ends = e.ends
     WITH n
     SET n.aliases = COLLECT { MATCH (n)<-[m:MENTIONS]-() UNWIND m.aliases AS alias RETURN DISTINCT alias }`,
    {
      documentId: document.id,
      entities: extracted.entities.map((e) => ({
        id: e.id,
        type: e.type,
        props: withoutNulls({ type: e.type, name: e.name, kind: e.kind, ...e.codes }),
        aliases: e.aliases,
        starts: e.mentions.map((m) => neo4j.int(m.start)),
        ends: e.mentions.map((m) => neo4j.int(m.end)),
      })),
    },
  );

  if (extracted.tradeFacts.length > 0) {
    await tx.run(
      `MATCH (d:Document {id: $documentId})
       UNWIND $facts AS f
       MERGE (t:TradeFact {id: f.id})
       SET t += f.props
       MERGE (t)-[s:STATED_IN]->(d)
       SET s += f.evidence
       WITH t, f
       MATCH (reporter:Entity {id: f.reporter})
       MERGE (t)-[:REPORTER]->(reporter)
       WITH t, f
       OPTIONAL MATCH (partner:Entity {id: f.partner})
       OPTIONAL MATCH (commodity:Entity {id: f.commodity})
       FOREACH (p IN CASE WHEN partner IS NULL THEN [] ELSE [partner] END | MERGE (t)-[:PARTNER]->(p))
       FOREACH (c IN CASE WHEN commodity IS NULL THEN [] ELSE [commodity] END | MERGE (t)-[:COMMODITY]->(c))`,
      { documentId: document.id, facts: mergeById(extracted.tradeFacts).map(tradeFactRow) },
    );
  }

  if (extracted.policyFacts.length > 0) {
    await tx.run(
      `UNWIND $links AS l
       MATCH (s:Entity {id: l.subject})
       MATCH (o:Entity {id: l.object})
       MERGE (s)-[r:$(l.predicate) {documentId: $documentId}]->(o)
       SET r += l.props`,
      {
        documentId: document.id,
        links: extracted.policyFacts.map((p) => ({
          subject: p.subject,
          object: p.object,
          predicate: p.predicate,
          props: withoutNulls({
            id: p.id,
            quote: p.evidence.quote,
            start: neo4j.int(p.evidence.start),
            end: neo4j.int(p.evidence.end),
            speaker: p.speaker,
          }),
        })),
      },
    );
  }
}

/** One fact per id: a fact the extractor states twice keeps the sentences of both. */
function mergeById(facts: readonly TradeFact[]): TradeFact[] {
  const byId = new Map<string, TradeFact>();
  for (const fact of facts) {
    const seen = byId.get(fact.id);
    if (!seen) byId.set(fact.id, fact);
    else {
      const more = [...(seen.moreEvidence ?? []), fact.evidence, ...(fact.moreEvidence ?? [])];
      byId.set(fact.id, { ...seen, moreEvidence: more });
    }
  }
  return [...byId.values()];
}

/** An amount as stored: a whole number as a Cypher INTEGER, anything else as a FLOAT. */
function amountOf(amount: number | undefined): unknown {
  return amount !== undefined && Number.isSafeInteger(amount) ? neo4j.int(amount) : amount;
}

function tradeFactRow(fact: TradeFact) {
  return {
    id: fact.id,
    reporter: fact.reporter,
    partner: fact.partner,
    commodity: fact.commodity,
    evidence: withoutNulls(statedInProperties(fact)),
    props: withoutNulls({
      flow: fact.flow,
      periodStart: fact.period.start,
      periodEnd: fact.period.end,
      valueAmount: amountOf(fact.value?.amount),
      valueCurrency: fact.value?.currency,
      quantityAmount: amountOf(fact.quantity?.amount),
      quantityUnit: fact.quantity?.unit,
      priceAmount: fact.price?.amount,
      priceCurrency: fact.price?.currency,
      pricePer: fact.price?.per,
      changePct: fact.changePct,
      changeOf: fact.changePct === null ? null : fact.changeOf,
      baselineStart: fact.baseline?.start,
      baselineEnd: fact.baseline?.end,
      sharePct: fact.sharePct,
      segmentDimension: fact.segment?.dimension,
      segmentValue: fact.segment?.value,
      confidence: fact.confidence,
    }),
  };
}

/** Neo4j stores no nulls: an absent property is how "none" is written. */
function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined),
  );
}
