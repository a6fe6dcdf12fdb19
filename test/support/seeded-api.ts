/**
 * The fixture most API tests share: the two seeds ingested, the tiny hand-built graph written,
 * the real server started; all undone afterwards. Call it inside a describe block; read
 * `api` and `seedIds` inside tests (they are set in beforeAll).
 */
import { afterAll, beforeAll } from "vitest";
import type { RunningApi } from "../../src/api/server.js";
import type { Database } from "../../src/graph/database.js";
import { startTestApi } from "./api.js";
import { openTestDatabase } from "./database.js";
import { ingestSeeds, writeTinyGraph } from "./tiny-graph.js";

export interface SeededApi {
  db: Database;
  api: RunningApi & { logged: Record<string, unknown>[] };
  seedIds: string[];
}

export function useSeededApi(env: Record<string, string> = {}): SeededApi {
  const seeded = { db: openTestDatabase(), seedIds: [] as string[] } as SeededApi;
  const cleanups: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    const seeds = await ingestSeeds(seeded.db);
    seeded.seedIds = seeds.ids;
    cleanups.push(seeds.cleanup);
    cleanups.push(await writeTinyGraph(seeded.db));
    seeded.api = await startTestApi(seeded.db, env);
  });
  afterAll(async () => {
    await seeded.api?.close();
    for (const cleanup of cleanups.reverse()) await cleanup();
    await seeded.db.close();
  });
  return seeded;
}
