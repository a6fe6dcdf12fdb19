/**
 * trade-kg against its peers on the four questions of issue 17, at 2k, 20k and 200k trade
 * facts: trade-kg's API as shipped (its own process, `trade-kg serve`), @neo4j/graphql over the
 * same nodes (bench/peer-neo4j-graphql.ts) and one hand-written Cypher statement per request
 * through the driver, all against one private embedded Neo4j holding bench/peer-graph.ts's
 * synthetic graph. For every question and size the three answers are first checked to be the
 * same data; then latency samples go round-robin between the systems (so a busy moment on
 * this shared machine hits all three alike), then each system's throughput with 10 requests
 * in flight.
 *
 *   node --import tsx bench/peer.ts [--sizes 2000,20000,200000] [--quick]
 *     → bench/results/peer.json
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { loadConfig } from "../src/config/config.js";
import type { Database } from "../src/graph/database.js";
import { embeddedCredentials } from "../src/graph/embedded-auth.js";
import { growPeerFacts, seedPeerEntities } from "./peer-graph.js";
import {
  type ChildServer,
  percentile,
  postGraphql,
  startChildServer,
  throughput,
  timed,
} from "./peer-load.js";
import { cypherParams, PEER_SHAPES, type PeerShape } from "./peer-shapes.js";
import { withPrivateNeo4j } from "./private-neo4j.js";
import { machineFacts, writeBenchResult } from "./record.js";

const ROOT = resolve(import.meta.dirname, "..");
const BOLT_PORT = 7751;
const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const SIZES = (option("--sizes") ?? "2000,20000,200000").split(",").map(Number);
const QUICK = argv.includes("--quick");
/** Latency rounds per size (each round times every system once per question). */
const ROUNDS: Record<number, number> = QUICK ? {} : { 2000: 60, 20000: 40, 200000: 20 };
const WARMUP = 5;
const CONNECTIONS = 10;
const THROUGHPUT_SECONDS = QUICK ? 1 : 2;
/** A system slower than this on one request is timed once, not sampled (the run must end). */
const TOO_SLOW_MS = 10_000;
/** The check's one request is abandoned (and its statement stopped) after this. */
const GIVE_UP_MS = 60_000;

type System = "trade-kg" | "@neo4j/graphql" | "cypher";
const SYSTEMS: System[] = ["trade-kg", "@neo4j/graphql", "cypher"];

/**
 * How trade-kg is shipped right now: what `npm start` runs (the bin, which runs the compiled
 * dist/ and rebuilds it first when a source is newer), with `serve` instead of `start` (no
 * seeds); tsx only if `npm start` still runs the sources.
 */
function tradeKgCommand(): { args: string[]; runtime: string } {
  const start = String(
    JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")).scripts.start,
  );
  const bin = /^node (bin\/trade-kg\.js) start$/.exec(start);
  if (bin) return { args: [bin[1], "serve"], runtime: `compiled dist/ (npm start: "${start}")` };
  return {
    args: ["--import", "tsx", "src/cli/main.ts", "serve"],
    runtime: `tsx (npm start is "${start}": no compiled runtime yet)`,
  };
}

interface Askers {
  ask: Record<System, (shape: PeerShape, timeoutMs?: number) => Promise<string[]>>;
  statements: (shape: PeerShape) => Promise<number>;
}

function askers(db: Database, tradeKg: ChildServer, peer: ChildServer): Askers {
  return {
    ask: {
      "trade-kg": async (shape, timeoutMs) =>
        shape.tradeKg.digest(
          (await postGraphql(tradeKg.url, shape.tradeKg.query, {}, timeoutMs)).data,
        ),
      "@neo4j/graphql": async (shape, timeoutMs) =>
        shape.neo4jGraphql.digest(
          (await postGraphql(peer.url, shape.neo4jGraphql.query, {}, timeoutMs)).data,
        ),
      cypher: async (shape, timeoutMs) => {
        const result = await db.read(shape.cypher.statement, cypherParams(shape), { timeoutMs });
        return shape.cypher.digest(result.records.map((r) => r.toObject()));
      },
    },
    statements: async (shape) => {
      const answer = await postGraphql(tradeKg.url, shape.tradeKg.query, {
        "x-trade-kg-debug": "1",
      });
      return Number(answer.extensions?.statements);
    },
  };
}

/**
 * Statements still running after a request gave up on them (a peer's answer that took too
 * long): stopped, so they do not slow down what is measured next.
 */
async function stopLongTransactions(db: Database): Promise<void> {
  const running = await db.read(
    `SHOW TRANSACTIONS YIELD transactionId, elapsedTime
     WHERE elapsedTime > duration({seconds: 5}) RETURN transactionId`,
  );
  const ids = running.records.map((r) => r.get("transactionId") as string);
  if (ids.length > 0) await db.write("TERMINATE TRANSACTIONS $ids", { ids });
}

/** The three answers to one question, which must be the same rows (a system that gave up is left out). */
async function check(db: Database, askers: Askers, shape: PeerShape, size: number) {
  const answers: Partial<Record<System, string[]>> = {};
  const firstMs: Partial<Record<System, number>> = {};
  for (const system of SYSTEMS) {
    const started = performance.now();
    try {
      answers[system] = await askers.ask[system](shape, GIVE_UP_MS);
      firstMs[system] = performance.now() - started;
    } catch (error) {
      if (system === "cypher" || !String(error).includes("TimeoutError")) throw error;
      firstMs[system] = Number.POSITIVE_INFINITY;
      await stopLongTransactions(db);
    }
  }
  const expected = JSON.stringify(answers.cypher);
  for (const system of SYSTEMS.filter((s) => answers[s])) {
    if (JSON.stringify(answers[system]) !== expected) {
      throw new Error(
        `${shape.name} at ${size}: ${system} answered ${answers[system]?.length} rows, ${JSON.stringify(answers[system]?.slice(0, 3))}…; expected cypher's ${answers.cypher?.length}, ${JSON.stringify(answers.cypher?.slice(0, 3))}…`,
      );
    }
  }
  return { rows: answers.cypher?.length ?? 0, firstMs };
}

/** Latency samples, round-robin: each round asks every (still sampled) system once. */
async function sample(askers: Askers, shape: PeerShape, systems: System[], rounds: number) {
  const samples = Object.fromEntries(systems.map((s) => [s, [] as number[]]));
  for (let round = 0; round < WARMUP + rounds; round++) {
    const order = systems.map((_, i) => systems[(i + round) % systems.length]);
    for (const system of order) {
      const ms = await timed(() => askers.ask[system](shape));
      if (round >= WARMUP) samples[system].push(ms);
    }
  }
  return samples;
}

async function measureShape(db: Database, askers: Askers, shape: PeerShape, size: number) {
  const { rows, firstMs } = await check(db, askers, shape, size);
  const sampled = SYSTEMS.filter((s) => (firstMs[s] ?? 0) < TOO_SLOW_MS);
  const rounds = ROUNDS[size] ?? 10;
  const samples = await sample(askers, shape, sampled, rounds);
  const statements = await askers.statements(shape);
  const result: Record<string, unknown> = {
    shape: shape.name,
    question: shape.question,
    size,
    rows,
  };
  for (const system of SYSTEMS) {
    if (!sampled.includes(system)) {
      const ms = firstMs[system] ?? Number.POSITIVE_INFINITY;
      result[system] = {
        tooSlow: true,
        oneRequestMs: Number.isFinite(ms) ? Number(ms.toFixed(0)) : `gave up after ${GIVE_UP_MS}`,
      };
      continue;
    }
    const load = await throughput(() => askers.ask[system](shape), CONNECTIONS, THROUGHPUT_SECONDS);
    result[system] = {
      rounds,
      p50Ms: percentile(samples[system], 50),
      p95Ms: percentile(samples[system], 95),
      reqPerSec: Number((load.requests / load.seconds).toFixed(1)),
      statements: system === "trade-kg" ? statements : 1,
    };
  }
  console.log(JSON.stringify(result));
  return { ...result, loadAverage: loadavg().map((n) => Number(n.toFixed(2))) };
}

async function run(db: Database) {
  const dataDir = resolve(ROOT, ".data/bench-peer");
  const credentials = embeddedCredentials(loadConfig({}, ROOT).neo4j, dataDir);
  const env = {
    NEO4J_URI: db.uri,
    NEO4J_USER: credentials.user,
    NEO4J_PASSWORD: credentials.password,
    TRADE_KG_CYPHER: "off",
  };
  const command = tradeKgCommand();
  const tradeKg = await startChildServer(
    command.args,
    { ...env, PORT: "7752", HOST: "127.0.0.1" },
    /GraphQL API: (http\S+)/,
    ROOT,
  );
  const peer = await startChildServer(
    ["--import", "tsx", "bench/peer-neo4j-graphql.ts"],
    { ...env, PORT: "7753" },
    /listening (http\S+)/,
    ROOT,
  );
  try {
    const ask = askers(db, tradeKg, peer);
    await seedPeerEntities(db);
    const results = [];
    let facts = 0;
    for (const size of SIZES) {
      await growPeerFacts(db, facts, size);
      facts = size;
      for (const shape of PEER_SHAPES) results.push(await measureShape(db, ask, shape, size));
    }
    return { runtime: command.runtime, results };
  } finally {
    await tradeKg.stop();
    await peer.stop();
  }
}

const started = Date.now();
const loadBefore = loadavg().map((n) => Number(n.toFixed(2)));
const { result, neo4jVersion } = await withPrivateNeo4j(
  { name: "peer", boltPort: BOLT_PORT, heap: "1g", pageCache: "512m" },
  (db) => run(db),
);
writeBenchResult("peer", {
  benchmark: "peer",
  sizes: SIZES,
  latency: `round-robin between the systems, ${WARMUP} warm-up rounds, then ${JSON.stringify(ROUNDS)} rounds per size (10 where unlisted)`,
  throughput: `${CONNECTIONS} requests in flight for ${THROUGHPUT_SECONDS} s per system and question`,
  tradeKgRuntime: result.runtime,
  statementsNote:
    "trade-kg: Cypher statements per request from its debug header (not counting the snapshot id it reads beside every operation); @neo4j/graphql and cypher: one statement per request by construction",
  tooSlowAfterMs: TOO_SLOW_MS,
  givenUpAfterMs: GIVE_UP_MS,
  minutes: Number(((Date.now() - started) / 60_000).toFixed(1)),
  machine: machineFacts({
    neo4j: neo4jVersion,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadavg().map((n) => Number(n.toFixed(2))),
  }),
  results: result.results,
});
