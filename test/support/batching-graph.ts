/**
 * A synthetic graph sized for the batching checks: 100 countries (ids country:ZAA …), the
 * first of which reports 100 trade facts and each other one 6, every fact with a partner (the
 * next country), a commodity, a value and its quote. Lists of 100 parents at one level are
 * what shows whether a level's resolvers reach their DataLoader in one batch. Written as one
 * extracted document through the real writer, removed whole by its cleanup.
 */
import type { Entity, ExtractedDocument, TradeFact } from "../../src/core/contract.js";
import type { Database } from "../../src/graph/database.js";
import { deleteStoredDocument, writeExtractedDocument } from "../../src/graph/documents.js";

export const BATCHING_DOC_ID = "doc:00000000000000b7";
export const COUNTRY_COUNT = 100;
export const BUSY_REPORTER_FACTS = 100;
export const OTHER_REPORTER_FACTS = 6;
export const COMMODITIES = ["commodity:zb-ore", "commodity:zb-grain", "commodity:zb-chips"];

const QUOTE = "Zebland's exports to each neighbour rose.";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** country:ZAA, country:ZAB, … : 100 ids under the test-only Z prefix. */
export function countryId(index: number): string {
  return `country:Z${LETTERS[Math.floor(index / 26)]}${LETTERS[index % 26]}`;
}

export const BUSY_REPORTER = countryId(0);

function entity(id: string, type: Entity["type"], name: string): Entity {
  return {
    id,
    type,
    name,
    kind: null,
    codes: {},
    aliases: [name],
    mentions: [{ start: 0, end: 7 }],
  };
}

function fact(serial: number, reporter: number, partner: number): TradeFact {
  return {
    id: `tf:zb${String(serial).padStart(14, "0")}`,
    reporter: countryId(reporter),
    partner: countryId(partner % COUNTRY_COUNT),
    commodity: COMMODITIES[serial % COMMODITIES.length],
    flow: serial % 2 === 0 ? "EXPORT" : "IMPORT",
    segment: null,
    period: { start: "2031-01", end: "2031-06" },
    value: { amount: (serial + 1) * 1e9, currency: "CNY" },
    quantity: null,
    price: null,
    changePct: null,
    baseline: null,
    sharePct: null,
    evidence: { start: 0, end: QUOTE.length, quote: QUOTE },
    speaker: null,
  };
}

function batchingFacts(): TradeFact[] {
  const facts: TradeFact[] = [];
  for (let i = 0; i < BUSY_REPORTER_FACTS; i++) facts.push(fact(facts.length, 0, 1 + i));
  for (let reporter = 1; reporter < COUNTRY_COUNT; reporter++) {
    for (let i = 0; i < OTHER_REPORTER_FACTS; i++) {
      facts.push(fact(facts.length, reporter, reporter + 1 + i));
    }
  }
  return facts;
}

export function batchingDocument(): ExtractedDocument {
  return {
    contract: "trade-kg/extraction@1",
    document: {
      id: BATCHING_DOC_ID,
      source: "test/zb-batching.txt",
      title: "Zebland batching briefing",
      date: "2031-07-15",
      speakers: [],
      extractor: "trade-kg test",
    },
    entities: [
      ...Array.from({ length: COUNTRY_COUNT }, (_, i) =>
        entity(countryId(i), "Country", `Zebland ${countryId(i).slice(-2)}`),
      ),
      ...COMMODITIES.map((id) =>
        entity(id, "Commodity", `Zeb ${id.slice("commodity:zb-".length)}`),
      ),
    ],
    tradeFacts: batchingFacts(),
    policyFacts: [],
  };
}

/** Writes the graph (replacing an earlier copy); the returned cleanup removes it. */
export async function writeBatchingGraph(db: Database): Promise<() => Promise<void>> {
  await deleteStoredDocument(db, BATCHING_DOC_ID);
  await writeExtractedDocument(db, batchingDocument());
  return () => deleteStoredDocument(db, BATCHING_DOC_ID).then(() => undefined);
}

export interface QueryShape {
  name: string;
  query: string;
  /** Resolver levels that read the database; batching promises at most depth + 1 statements. */
  depth: number;
}

/** The four shapes the batching checks and the runtime benchmark run. */
export const QUERY_SHAPES: QueryShape[] = [
  {
    name: "Q1 one entity's 100 facts with partner and quote",
    query: `{ entity(id: "${BUSY_REPORTER}") { tradeFactsAsReporter(first: 100) {
      edges { node { id quote partner { id name } } } } } }`,
    depth: 3,
  },
  {
    name: "Q2 100 countries, each with its fact count and first 5 facts",
    query: `{ entities(first: 100, filter: { types: [COUNTRY] }) { edges { node { id name
      tradeFactsAsReporter(first: 5) { totalCount edges { node { id value { amount } } } } } } } }`,
    depth: 2,
  },
  {
    name: "Q3 facts by reporter, flow and period, by value, first 50, with partner and commodity",
    query: `{ tradeFacts(first: 50, orderBy: { field: VALUE, direction: DESC },
      filter: { reporter: "${BUSY_REPORTER}", flows: [EXPORT], period: { start: "2031-01", end: "2031-12" } }) {
      edges { node { id value { amount } partner { id name } commodity { id name } } } } }`,
    depth: 2,
  },
  {
    name: "Q4 2 hops: 20 facts, their partners, each partner's first 5 facts",
    query: `{ tradeFacts(first: 20, filter: { reporter: "${BUSY_REPORTER}" }) { edges { node { id
      partner { id tradeFactsAsReporter(first: 5) { edges { node { id value { amount } } } } } } } } }`,
    depth: 3,
  },
];
