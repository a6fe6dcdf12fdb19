/**
 * What the GraphQL layer costs over raw Cypher, like for like in one run: the same nested
 * question ("an entity's trade facts as reporter, each with its partner and the sentence
 * behind it") asked over HTTP to this API and as one hand-written Cypher statement through
 * the driver, against the same private embedded Neo4j holding a synthetic graph.
 *
 *   node --import tsx bench/api-vs-cypher.ts      → bench/results/api-vs-cypher.json
 */
import neo4j from "neo4j-driver";
import { withPrivateNeo4j } from "./private-neo4j.js";
import { machineFacts, writeBenchResult } from "./record.js";

const FACTS = 20_000;
const ROUNDS = 200;
const PAGE = 100;

function percentile(sorted: number[], p: number): number {
  return Number(
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(2),
  );
}

async function time(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await run(); // warm-up: plans cached, JIT warm
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const row = {
    label,
    rounds: ROUNDS,
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    p99Ms: percentile(samples, 99),
  };
  console.log(JSON.stringify(row));
  return row;
}

const { result: rows, neo4jVersion } = await withPrivateNeo4j(
  { name: "api", boltPort: 7674, heap: "1g", pageCache: "256m" },
  async (db, api) => {
    const rows: Record<string, unknown>[] = [];
    await db.write(
      `MERGE (d:Document {id: 'doc:bench000000000001'}) SET d.source = 'bench', d.extractor = 'bench', d.speakers = []
       MERGE (c:Entity:Country {id: 'country:CHN'}) SET c.type = 'Country', c.name = 'China', c.aliases = ['China']
       WITH d, c
       UNWIND range(0, 199) AS i
       MERGE (p:Entity:Country {id: 'country:P' + i}) SET p.type = 'Country', p.name = 'Partner ' + i, p.aliases = []`,
    );
    await db.write(
      `MATCH (d:Document {id: 'doc:bench000000000001'}), (r:Entity {id: 'country:CHN'})
       UNWIND range(0, $n - 1) AS i
       MATCH (p:Entity {id: 'country:P' + (i % 200)})
       CREATE (f:TradeFact {id: 'tf:' + right('000000' + toString(i), 6), flow: 'EXPORT', periodStart: '2021-01',
                            periodEnd: '2021-06', valueAmount: toFloat(i), valueCurrency: 'CNY'})
       CREATE (f)-[:REPORTER]->(r), (f)-[:PARTNER]->(p), (f)-[:STATED_IN {quote: 'Exports rose.', start: 0, end: 13}]->(d)`,
      { n: FACTS },
    );
    const graphql = `{ entity(id: "country:CHN") { ... on Country { tradeFactsAsReporter(first: ${PAGE}) { edges { node { id value { amount } partner { id name } quote } } } } } }`;
    rows.push(
      await time(`GraphQL over HTTP: entity → ${PAGE} facts → partner + quote`, async () => {
        const response = await fetch(api.graphqlUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: graphql }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      }),
    );
    rows.push(
      await time(`raw Cypher via the driver: the same rows`, () =>
        db.read(
          `MATCH (f:TradeFact)-[:REPORTER]->(:Entity {id: 'country:CHN'})
           WITH f ORDER BY f.id LIMIT $limit
           MATCH (f)-[:PARTNER]->(p:Entity)
           MATCH (f)-[s:STATED_IN]->(:Document)
           RETURN f.id, f.valueAmount, p.id, p.name, s.quote`,
          { limit: neo4j.int(PAGE) },
        ),
      ),
    );
    return rows;
  },
);

writeBenchResult("api-vs-cypher", {
  benchmark: "api-vs-cypher",
  facts: FACTS,
  machine: machineFacts({ neo4j: neo4jVersion }),
  rows,
});
