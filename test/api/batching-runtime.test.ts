/**
 * Batching that holds on any runtime: `trade-kg serve` compiled (the bin, plain node over
 * dist/, as `npm start` runs it) and under tsx's loader (as `npm run trade-kg` runs it)
 * answers each of four query shapes twenty times in a row with the same number of statements
 * every time, at most one per resolver level plus one. A level's resolvers must reach their DataLoader within one turn of the event
 * loop; anything that makes some of them wait longer (type-graphql's per-argument dynamic
 * import of class-validator did, under tsx's loader thread) splits a batch, and the count then
 * varies from run to run.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queryCounted } from "../support/api.js";
import {
  BUSY_REPORTER_FACTS,
  COUNTRY_COUNT,
  QUERY_SHAPES,
  writeBatchingGraph,
} from "../support/batching-graph.js";
import { openTestDatabase } from "../support/database.js";
import { type Runtime, type ServedApi, serveApi } from "../support/served-api.js";

const RUNS = 20;

/** Occurrences of `key` anywhere in a response. */
function count(value: unknown, key: string): number {
  if (Array.isArray(value)) return value.reduce((n, v) => n + count(v, key), 0);
  if (value && typeof value === "object") {
    return Object.entries(value).reduce((n, [k, v]) => n + (k === key ? 1 : 0) + count(v, key), 0);
  }
  return 0;
}

describe.each<Runtime>(["compiled", "tsx"])("batching on the %s server", (runtime) => {
  const db = openTestDatabase();
  let cleanup: (() => Promise<void>) | undefined;
  let api: ServedApi | undefined;

  beforeAll(async () => {
    cleanup = await writeBatchingGraph(db);
    api = await serveApi(runtime, {
      uri: inject("neo4jUri"),
      user: inject("neo4jUser"),
      password: inject("neo4jPassword"),
    });
  });
  afterAll(async () => {
    await api?.stop();
    await cleanup?.();
    await db.close();
  });

  it("returns every row the shapes ask for (the lists really are 100 wide)", async () => {
    const [q1, q2] = await Promise.all(
      QUERY_SHAPES.slice(0, 2).map((shape) => queryCounted(api!.graphqlUrl, shape.query)),
    );
    expect(q1.errors).toBeUndefined();
    expect(count(q1.data, "partner")).toBe(BUSY_REPORTER_FACTS);
    expect(q2.errors).toBeUndefined();
    expect(count(q2.data, "totalCount")).toBe(COUNTRY_COUNT);
  });

  for (const shape of QUERY_SHAPES) {
    it(`${shape.name}: the same statement count ${RUNS} times, at most ${shape.depth + 1}`, async () => {
      const statements: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await queryCounted(api!.graphqlUrl, shape.query);
        expect(result.errors).toBeUndefined();
        statements.push(result.statements);
      }
      expect(new Set(statements).size, `statements per run: ${statements.join(", ")}`).toBe(1);
      expect(statements[0]).toBeLessThanOrEqual(shape.depth + 1);
    });
  }
});
