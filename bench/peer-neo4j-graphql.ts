/**
 * The peer system of bench/peer.ts: @neo4j/graphql's generated API over the graph trade-kg
 * stores (its labels and relationships, docs/GRAPH.md), on Apollo Server, in a process of
 * its own so that it competes with trade-kg on equal terms. The benchmark starts it with the
 * database's address and credentials in the environment and reads "listening <url>" from its
 * output.
 *
 *   NEO4J_URI=… NEO4J_USER=… NEO4J_PASSWORD=… PORT=… node --import tsx bench/peer-neo4j-graphql.ts
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const TYPE_DEFS = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    type: String
    name: String
    reportedFacts: [TradeFact!]! @relationship(type: "REPORTER", direction: IN)
    partnerFacts: [TradeFact!]! @relationship(type: "PARTNER", direction: IN)
    commodityFacts: [TradeFact!]! @relationship(type: "COMMODITY", direction: IN)
  }

  type TradeFact @node(labels: ["TradeFact"]) {
    id: ID!
    flow: String!
    periodStart: String!
    periodEnd: String!
    valueAmount: Float
    valueCurrency: String
    changePct: Float
    reporter: [Entity!]! @relationship(type: "REPORTER", direction: OUT)
    partner: [Entity!]! @relationship(type: "PARTNER", direction: OUT)
    commodity: [Entity!]! @relationship(type: "COMMODITY", direction: OUT)
    statedIn: [Document!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type StatedIn @relationshipProperties {
    quote: String
    start: Int
    end: Int
  }

  type Document @node(labels: ["Document"]) {
    id: ID!
    source: String
  }
`;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name}: expected a value, got nothing`);
  return value;
}

const driver = neo4j.driver(
  required("NEO4J_URI"),
  neo4j.auth.basic(required("NEO4J_USER"), required("NEO4J_PASSWORD")),
  { maxConnectionPoolSize: 50 },
);
const schema = await new Neo4jGraphQL({
  typeDefs: TYPE_DEFS,
  driver,
  // periods are compared as YYYY-MM strings, as trade-kg's filter does
  features: { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } },
}).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(required("PORT")), host: "127.0.0.1" },
  context: async ({ req }) => ({ token: req.headers.authorization }),
});
console.log(`listening ${url}`);
