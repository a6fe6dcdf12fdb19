/**
 * Whether batching holds on each runtime, and what each runtime serves: the four query
 * shapes of test/support/batching-graph.ts against `trade-kg serve` compiled (plain node over
 * dist/, what `npm start` runs) and under tsx's loader (`npm run trade-kg`), each in its own
 * process over the same private Neo4j. Per shape: the statements of 30 runs (min, max, the
 * distinct counts seen) and requests per second, one client at a time and eight at once.
 *
 *   node --import tsx bench/batching-runtimes.ts      → bench/results/batching-runtimes.json
 */
import { resolve } from "node:path";
import { EMBEDDED_USER, readEmbeddedPassword } from "../src/graph/embedded-auth.js";
import {
  QUERY_SHAPES,
  type QueryShape,
  writeBatchingGraph,
} from "../test/support/batching-graph.js";
import { type Runtime, serveApi } from "../test/support/served-api.js";
import { withPrivateNeo4j } from "./private-neo4j.js";
import { machineFacts, writeBenchResult } from "./record.js";

const NAME = "batching-runtimes";
const COUNT_RUNS = 30;
const SECONDS = 5;

async function post(url: string, query: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-trade-kg-debug": "1" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    errors?: unknown;
    extensions?: { statements?: number };
  };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Number(body.extensions?.statements);
}

/** Requests per second with `clients` sending back to back for SECONDS. */
async function throughput(url: string, query: string, clients: number): Promise<number> {
  const until = performance.now() + SECONDS * 1000;
  let done = 0;
  const client = async () => {
    while (performance.now() < until) {
      await post(url, query);
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  return Number((done / ((performance.now() - started) / 1000)).toFixed(1));
}

async function measureShape(url: string, shape: QueryShape) {
  for (let i = 0; i < 10; i++) await post(url, shape.query); // warm-up: plans, JIT
  const statements: number[] = [];
  for (let i = 0; i < COUNT_RUNS; i++) statements.push(await post(url, shape.query));
  return {
    shape: shape.name,
    depth: shape.depth,
    statementsMin: Math.min(...statements),
    statementsMax: Math.max(...statements),
    statementsSeen: [...new Set(statements)].sort((a, b) => a - b),
    reqPerSecOneClient: await throughput(url, shape.query, 1),
    reqPerSecEightClients: await throughput(url, shape.query, 8),
  };
}

const { result: rows, neo4jVersion } = await withPrivateNeo4j(
  { name: NAME, boltPort: 7675, heap: "1g", pageCache: "256m" },
  async (db) => {
    await writeBatchingGraph(db);
    const neo4j = {
      uri: db.uri,
      user: EMBEDDED_USER,
      password: readEmbeddedPassword(resolve(import.meta.dirname, `../.data/bench-${NAME}`)),
    };
    const rows: Record<string, unknown>[] = [];
    for (const runtime of ["tsx", "compiled"] as Runtime[]) {
      const api = await serveApi(runtime, neo4j);
      try {
        for (const shape of QUERY_SHAPES) {
          const row = { runtime, ...(await measureShape(api.graphqlUrl, shape)) };
          console.log(JSON.stringify(row));
          rows.push(row);
        }
      } finally {
        await api.stop();
      }
    }
    return rows;
  },
);

writeBenchResult(NAME, {
  benchmark: NAME,
  machine: machineFacts({ neo4j: neo4jVersion }),
  rows,
});
