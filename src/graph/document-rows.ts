/**
 * The rows a batch of extracted documents writes, one list per kind (documents, their texts,
 * the entities and trade facts they share, mentions, statements of facts, policy links): what the UNWIND
 * statements of document-writes.ts take. A document's relationships are one row each, naming
 * the document; shared nodes are one row each however many documents of the batch name them
 * (shared-node-rows.ts). Pure, so what is written can be read and tested without a database.
 *
 * Offsets, lengths, money and quantity amounts are sent as Cypher INTEGERs (neo4j.int: a JS
 * number would be stored as a FLOAT, and analysts would see 5120.0 or 8.22E12); prices and
 * percentages are FLOATs whose shortest decimal form is the one the text writes.
 *
 * A fact stated by several sentences of one document keeps them all on its STATED_IN
 * relationship, the one that writes out most of its figures first (src/graph/evidence.ts). A
 * policy link a document states twice is one relationship whose properties are the later
 * statement's over the earlier's, as a MERGE then SET += would leave them; merging here lets
 * the writer CREATE links instead of searching the relationships of busy entities.
 */
import neo4j from "neo4j-driver";
import type { ExtractedDocument, PolicyFact, TradeFact } from "../core/contract.js";
import { statedInProperties } from "./evidence.js";
import { type SharedNodeRows, SharedNodes } from "./shared-node-rows.js";
import { documentDigest } from "./snapshot.js";

/** An extracted document to write, with what the caller knows about its input. */
export interface DocumentToWrite {
  extracted: ExtractedDocument;
  textLength?: number | null;
  /**
   * The decoded text every offset indexes; stored on a DocumentText node of its own so the
   * Document's properties (what reads, exports and the snapshot carry) stay small.
   */
  text?: string | null;
  /** what the caller stated about the document (meta-input.ts's key), null for nothing */
  metadataKey?: string | null;
}

export interface DocumentRows extends SharedNodeRows {
  documents: Record<string, unknown>[];
  /** one per document whose text is given: its DocumentText node */
  texts: Record<string, unknown>[];
  /** one per document and entity it mentions */
  mentions: Record<string, unknown>[];
  /** one per document and trade fact it states: the STATED_IN relationship */
  stated: Record<string, unknown>[];
  links: Record<string, unknown>[];
}

/** The rows of every document of a batch, in the batch's order. */
export function rowsOf(batch: readonly DocumentToWrite[], ingestedAt: string): DocumentRows {
  const shared = new SharedNodes();
  const rows = { documents: [], texts: [], mentions: [], stated: [], links: [] } as Omit<
    DocumentRows,
    keyof SharedNodeRows
  >;
  for (const item of batch) {
    const documentId = item.extracted.document.id;
    rows.documents.push(documentRow(item, ingestedAt));
    if (typeof item.text === "string") rows.texts.push({ documentId, text: item.text });
    // one MENTIONS per entity, the last listing's spans (as MERGE then SET left them)
    const mentions = new Map<string, Record<string, unknown>>();
    for (const e of item.extracted.entities) {
      const entity = entityRow(e);
      shared.addEntity(entity);
      const { aliases, starts, ends } = entity;
      mentions.set(e.id, { documentId, entityId: e.id, aliases, starts, ends });
    }
    rows.mentions.push(...mentions.values());
    for (const f of mergeById(item.extracted.tradeFacts)) {
      const fact = tradeFactRow(f);
      shared.addFact(fact);
      rows.stated.push({ documentId, factId: f.id, evidence: fact.evidence });
    }
    for (const l of mergedLinks(item.extracted.policyFacts)) rows.links.push({ documentId, ...l });
  }
  return { ...rows, ...shared.rows() };
}

function documentRow(item: DocumentToWrite, ingestedAt: string): Record<string, unknown> {
  const { document } = item.extracted;
  const textLength = item.textLength ?? null;
  return withoutNulls({
    id: document.id,
    source: document.source,
    title: document.title,
    date: document.date,
    dateSource: document.dateSource,
    url: document.url,
    speakers: document.speakers,
    extractor: document.extractor,
    metadataKey: item.metadataKey ?? null,
    // its part of the snapshot summary, kept so deleting it takes out what writing put in
    snapshotDigest: documentDigest(document.id, document.extractor),
    ingestedAt,
    textLength: textLength === null ? null : neo4j.int(textLength),
  });
}

// Labels and relationship types come from the contract's closed enums (validated before
// writing), never from free text.
function entityRow(e: ExtractedDocument["entities"][number]) {
  return {
    id: e.id,
    type: e.type,
    props: withoutNulls({ type: e.type, name: e.name, kind: e.kind, ...e.codes }),
    aliases: [...new Set(e.aliases)],
    starts: e.mentions.map((m) => neo4j.int(m.start)),
    ends: e.mentions.map((m) => neo4j.int(m.end)),
  };
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

/** One link per subject, predicate and object; later statements' properties win. */
function mergedLinks(links: readonly PolicyFact[]) {
  const byKey = new Map<
    string,
    { subject: string; object: string; predicate: string; props: Record<string, unknown> }
  >();
  for (const p of links) {
    const key = `${p.subject}\t${p.predicate}\t${p.object}`;
    const props = withoutNulls({
      id: p.id,
      quote: p.evidence.quote,
      start: neo4j.int(p.evidence.start),
      end: neo4j.int(p.evidence.end),
      speaker: p.speaker,
    });
    const seen = byKey.get(key);
    byKey.set(key, {
      subject: p.subject,
      object: p.object,
      predicate: p.predicate,
      props: { ...(seen?.props ?? {}), ...props },
    });
  }
  return [...byKey.values()];
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
