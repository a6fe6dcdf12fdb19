/**
 * The peer benchmark's synthetic graph, in the stored graph's own labels and relationships
 * (docs/GRAPH.md), so trade-kg, @neo4j/graphql and raw Cypher read the very same nodes.
 *
 * Shape, chosen so every benchmark question has real work at every size: 200 countries, 50
 * commodities, 20 documents; a fifth of the facts reported by China (the heavy entity of Q1
 * and Q3), the rest by 99 other countries (Q2's hundred countries all report); partners spread
 * over 199 countries; half the facts about a commodity; ids are hashes, as real ones are, so
 * id order does not follow insertion order. The graph grows in place (2k, then 20k, then
 * 200k) so one database serves the three sizes.
 */
import { createHash } from "node:crypto";
import neo4j from "neo4j-driver";
import type { Database } from "../src/graph/database.js";

export const HEAVY_REPORTER = "country:CHN";
const COUNTRIES = 199;
const COMMODITIES = 50;
const DOCUMENTS = 20;
const BATCH = 10_000;
const FLOWS = ["TOTAL", "EXPORT", "IMPORT", "BALANCE"] as const;

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const countryId = (n: number) => `country:P${pad(n, 3)}`;

/** Countries, commodities and documents, once. */
export async function seedPeerEntities(db: Database): Promise<void> {
  await db.write(
    `MERGE (c:Entity:Country {id: $heavy}) SET c.type = 'Country', c.name = 'China', c.aliases = ['China']
     WITH 1 AS one
     UNWIND range(1, $countries) AS n
     MERGE (p:Entity:Country {id: 'country:P' + right('00' + toString(n), 3)})
     SET p.type = 'Country', p.name = 'Partner ' + n, p.aliases = []`,
    { heavy: HEAVY_REPORTER, countries: neo4j.int(COUNTRIES) },
  );
  await db.write(
    `UNWIND range(0, $commodities - 1) AS n
     MERGE (c:Entity:Commodity {id: 'commodity:H' + right('0' + toString(n), 2)})
     SET c.type = 'Commodity', c.name = 'Goods ' + n, c.aliases = []
     WITH count(*) AS done
     UNWIND range(0, $documents - 1) AS n
     MERGE (d:Document {id: 'doc:peer' + right('0000000000000' + toString(n), 12)})
     SET d.source = 'peer-' + n + '.txt', d.extractor = 'bench', d.speakers = []`,
    { commodities: neo4j.int(COMMODITIES), documents: neo4j.int(DOCUMENTS) },
  );
}

/** Fact number i, deterministic: the same i gives the same fact on every run. */
export function peerFact(i: number) {
  const reporter = i % 5 === 0 ? HEAVY_REPORTER : countryId(1 + (i % 99));
  const partner = countryId(1 + ((i * 7) % COUNTRIES));
  const year = 2010 + (Math.floor(i / 20) % 16);
  const months = [1, 3, 6, 12][Math.floor(i / 3) % 4];
  const value = 1_000_000 * (1 + ((i * 7919) % 100_000));
  const changePct = ((i * 37) % 400) / 10 - 20;
  return {
    id: `tf:${createHash("sha1").update(`peer ${i}`).digest("hex").slice(0, 24)}`,
    reporter,
    partner,
    commodity: i % 2 === 0 ? `commodity:H${pad((i >> 1) % COMMODITIES, 2)}` : null,
    document: `doc:peer${pad(i % DOCUMENTS, 12)}`,
    flow: FLOWS[Math.floor(i / 5) % 4],
    periodStart: `${year}-01`,
    periodEnd: `${year}-${pad(months, 2)}`,
    value,
    changePct,
    quote: `Trade with ${partner} changed ${changePct}% to ${value} yuan.`,
  };
}

/** Adds facts number `from` to `to - 1`, BATCH per transaction. */
export async function growPeerFacts(db: Database, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(to, start + BATCH); i++) rows.push(peerFact(i));
    await db.write(
      `UNWIND $rows AS row
       MATCH (r:Entity {id: row.reporter}), (p:Entity {id: row.partner}), (d:Document {id: row.document})
       CREATE (f:TradeFact {id: row.id, flow: row.flow, periodStart: row.periodStart,
               periodEnd: row.periodEnd, valueAmount: toInteger(row.value), valueCurrency: 'CNY',
               changePct: row.changePct, changeOf: 'VALUE'})
       CREATE (f)-[:REPORTER]->(r), (f)-[:PARTNER]->(p),
              (f)-[:STATED_IN {quote: row.quote, start: 0, end: size(row.quote)}]->(d)
       WITH f, row WHERE row.commodity IS NOT NULL
       MATCH (c:Entity {id: row.commodity})
       CREATE (f)-[:COMMODITY]->(c)`,
      { rows },
    );
  }
}
