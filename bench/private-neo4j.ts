/**
 * A benchmark's own Neo4j and API: a wiped data folder, the embedded Neo4j on its own port,
 * the schema, the GraphQL server; all stopped and wiped afterwards, whatever happens, so a
 * benchmark never touches the data of `npm start` or of the tests.
 */
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { type RunningApi, startApi } from "../src/api/server.js";
import { type Env, loadConfig } from "../src/config/config.js";
import { type Database, openDatabase } from "../src/graph/database.js";
import { startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../src/graph/embedded.js";
import { embeddedCredentials } from "../src/graph/embedded-auth.js";
import { applySchema } from "../src/graph/schema.js";

const ROOT = resolve(import.meta.dirname, "..");

export interface PrivateNeo4jOptions {
  name: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  env?: Env;
}

/** Runs `work` against a private database and API; returns its result and Neo4j's version. */
export async function withPrivateNeo4j<T>(
  options: PrivateNeo4jOptions,
  work: (db: Database, api: RunningApi) => Promise<T>,
): Promise<{ result: T; neo4jVersion: string }> {
  const dataDir = resolve(ROOT, `.data/bench-${options.name}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const config = loadConfig({ PORT: "0", ...options.env }, ROOT);
  const instance = await startEmbeddedNeo4j({
    projectRoot: ROOT,
    config: {
      boltPort: options.boltPort,
      dataDir,
      heap: options.heap,
      pageCache: options.pageCache,
    },
    mode: "attached",
    reuseRunning: false,
  });
  const db = openDatabase(instance.uri, embeddedCredentials(config.neo4j, dataDir));
  try {
    await applySchema(db);
    const api = await startApi(db, config, { port: 0, host: "127.0.0.1", log: () => {} });
    try {
      return { result: await work(db, api), neo4jVersion: instance.version };
    } finally {
      await api.close();
    }
  } finally {
    await db.close();
    await stopEmbeddedNeo4j(instance);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
