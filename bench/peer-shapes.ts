/**
 * The four questions of issue 17, each asked three ways: trade-kg's GraphQL, @neo4j/graphql's
 * generated GraphQL over the same nodes (bench/peer-neo4j-graphql.ts), and one hand-written
 * Cypher statement. Each way also says how to read its answer into the same list of strings
 * (a fact's id, value, partner, …), so the benchmark checks that the three return the same
 * data before it times them.
 */
import neo4j from "neo4j-driver";
import { HEAVY_REPORTER } from "./peer-graph.js";

type Json = Record<string, unknown>;
type Rows = Record<string, unknown>[];

export interface PeerShape {
  name: string;
  question: string;
  tradeKg: { query: string; digest: (data: Json) => string[] };
  neo4jGraphql: { query: string; digest: (data: Json) => string[] };
  cypher: { statement: string; params: Record<string, unknown>; digest: (rows: Rows) => string[] };
}

// biome-ignore lint/suspicious/noExplicitAny: walking untyped JSON answers.
type Any = any;
const nodes = (connection: Any): Any[] => connection.edges.map((e: Any) => e.node);
const line = (...parts: unknown[]) => parts.map((p) => p ?? "-").join("|");

const q1: PeerShape = {
  name: "Q1",
  question: "one entity's 100 facts with partner and quote",
  tradeKg: {
    query: `{ entity(id: "${HEAVY_REPORTER}") { tradeFactsAsReporter(first: 100) { edges { node {
      id value { amount } partner { id name } quote } } } } }`,
    digest: (data: Any) =>
      nodes(data.entity.tradeFactsAsReporter).map((f) =>
        line(f.id, f.value?.amount, f.partner?.id, f.partner?.name, f.quote),
      ),
  },
  neo4jGraphql: {
    query: `{ entities(where: {id: {eq: "${HEAVY_REPORTER}"}}) { reportedFacts(limit: 100, sort: [{id: ASC}]) {
      id valueAmount partner { id name } statedInConnection { edges { properties { quote } } } } } }`,
    digest: (data: Any) =>
      data.entities[0].reportedFacts.map((f: Any) =>
        line(
          f.id,
          f.valueAmount,
          f.partner[0]?.id,
          f.partner[0]?.name,
          f.statedInConnection.edges[0]?.properties.quote,
        ),
      ),
  },
  cypher: {
    statement: `MATCH (:Entity {id: $id})<-[:REPORTER]-(f:TradeFact)
      WITH f ORDER BY f.id LIMIT 100
      MATCH (f)-[:PARTNER]->(p:Entity)
      MATCH (f)-[s:STATED_IN]->(:Document)
      RETURN f.id AS id, f.valueAmount AS value, p.id AS partnerId, p.name AS partnerName, s.quote AS quote
      ORDER BY id`,
    params: { id: HEAVY_REPORTER },
    digest: (rows) => rows.map((r) => line(r.id, r.value, r.partnerId, r.partnerName, r.quote)),
  },
};

const q2: PeerShape = {
  name: "Q2",
  // only the facts' ids: trade-kg's cost limit (src/api/plugins/limits.ts) refuses more
  question: "100 countries, each with its fact count and first 5 facts",
  tradeKg: {
    query: `{ entities(first: 100, filter: {types: [COUNTRY]}) { edges { node { id
      tradeFactsAsReporter(first: 5) { totalCount edges { node { id } } } } } } }`,
    digest: (data: Any) =>
      nodes(data.entities).flatMap((e) => [
        line(e.id, e.tradeFactsAsReporter.totalCount),
        ...nodes(e.tradeFactsAsReporter).map((f) => line(e.id, f.id)),
      ]),
  },
  neo4jGraphql: {
    query: `{ entities(where: {type: {eq: "Country"}}, limit: 100, sort: [{id: ASC}]) { id
      reportedFactsConnection(first: 5, sort: [{node: {id: ASC}}]) { totalCount edges { node { id } } } } }`,
    digest: (data: Any) =>
      data.entities.flatMap((e: Any) => [
        line(e.id, e.reportedFactsConnection.totalCount),
        ...nodes(e.reportedFactsConnection).map((f) => line(e.id, f.id)),
      ]),
  },
  cypher: {
    statement: `MATCH (e:Country) WITH e ORDER BY e.id LIMIT 100
      CALL (e) {
        MATCH (e)<-[:REPORTER]-(f:TradeFact) WITH f ORDER BY f.id LIMIT 5
        RETURN collect(f.id) AS facts
      }
      RETURN e.id AS id, COUNT { (e)<-[:REPORTER]-() } AS n, facts
      ORDER BY id`,
    params: {},
    digest: (rows) =>
      rows.flatMap((r) => [line(r.id, r.n), ...(r.facts as string[]).map((f) => line(r.id, f))]),
  },
};

const q3: PeerShape = {
  name: "Q3",
  question: "facts by reporter + flow + period, by value, first 50, with partner and commodity",
  tradeKg: {
    query: `{ tradeFacts(filter: {reporter: "${HEAVY_REPORTER}", flows: [EXPORT], period: {start: "2020-01", end: "2020-12"}},
      orderBy: {field: VALUE, direction: DESC}, first: 50) { edges { node {
      id value { amount } partner { id name } commodity { id name } } } } }`,
    digest: (data: Any) =>
      nodes(data.tradeFacts).map((f) =>
        line(
          f.id,
          f.value?.amount,
          f.partner?.id,
          f.partner?.name,
          f.commodity?.id,
          f.commodity?.name,
        ),
      ),
  },
  neo4jGraphql: {
    query: `{ tradeFacts(where: {reporter: {some: {id: {eq: "${HEAVY_REPORTER}"}}}, flow: {eq: "EXPORT"},
      periodStart: {gte: "2020-01"}, periodEnd: {lte: "2020-12"}},
      sort: [{valueAmount: DESC}, {id: ASC}], limit: 50) {
      id valueAmount partner { id name } commodity { id name } } }`,
    digest: (data: Any) =>
      data.tradeFacts.map((f: Any) =>
        line(
          f.id,
          f.valueAmount,
          f.partner[0]?.id,
          f.partner[0]?.name,
          f.commodity[0]?.id,
          f.commodity[0]?.name,
        ),
      ),
  },
  cypher: {
    statement: `MATCH (:Entity {id: $reporter})<-[:REPORTER]-(f:TradeFact)
      WHERE f.flow = 'EXPORT' AND f.periodStart >= $from AND f.periodEnd <= $to
      WITH f ORDER BY f.valueAmount DESC, f.id LIMIT 50
      MATCH (f)-[:PARTNER]->(p:Entity)
      OPTIONAL MATCH (f)-[:COMMODITY]->(c:Entity)
      RETURN f.id AS id, f.valueAmount AS value, p.id AS partnerId, p.name AS partnerName,
             c.id AS commodityId, c.name AS commodityName
      ORDER BY value DESC, id`,
    params: { reporter: HEAVY_REPORTER, from: "2020-01", to: "2020-12" },
    digest: (rows) =>
      rows.map((r) =>
        line(r.id, r.value, r.partnerId, r.partnerName, r.commodityId, r.commodityName),
      ),
  },
};

const q4: PeerShape = {
  name: "Q4",
  question: "2 hops: 20 facts → partner → its first 5 facts",
  tradeKg: {
    query: `{ tradeFacts(first: 20) { edges { node { id partner { id
      tradeFactsAsPartner(first: 5) { edges { node { id value { amount } } } } } } } } }`,
    digest: (data: Any) =>
      nodes(data.tradeFacts).flatMap((f) =>
        nodes(f.partner.tradeFactsAsPartner).map((g) =>
          line(f.id, f.partner.id, g.id, g.value?.amount),
        ),
      ),
  },
  neo4jGraphql: {
    query: `{ tradeFacts(limit: 20, sort: [{id: ASC}]) { id partner { id
      partnerFacts(limit: 5, sort: [{id: ASC}]) { id valueAmount } } } }`,
    digest: (data: Any) =>
      data.tradeFacts.flatMap((f: Any) =>
        f.partner[0].partnerFacts.map((g: Any) => line(f.id, f.partner[0].id, g.id, g.valueAmount)),
      ),
  },
  cypher: {
    statement: `MATCH (f:TradeFact) WITH f ORDER BY f.id LIMIT 20
      MATCH (f)-[:PARTNER]->(p:Entity)
      CALL (p) {
        MATCH (p)<-[:PARTNER]-(g:TradeFact) WITH g ORDER BY g.id LIMIT 5
        RETURN collect(g {.id, .valueAmount}) AS facts
      }
      RETURN f.id AS id, p.id AS partnerId, facts
      ORDER BY id`,
    params: {},
    digest: (rows) =>
      rows.flatMap((r) =>
        (r.facts as Any[]).map((g) => line(r.id, r.partnerId, g.id, g.valueAmount)),
      ),
  },
};

export const PEER_SHAPES: readonly PeerShape[] = [q1, q2, q3, q4];

/** LIMITs are INTEGERs: numbers in the params go as neo4j integers. */
export function cypherParams(shape: PeerShape): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(shape.cypher.params).map(([k, v]) => [
      k,
      typeof v === "number" ? neo4j.int(v) : v,
    ]),
  );
}
