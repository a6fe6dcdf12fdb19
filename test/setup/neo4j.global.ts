/**
 * One real Neo4j for the whole test run: NEO4J_TEST_URI's if set, or else an embedded one on
 * its own port and data folder (wiped first), so tests never touch the data of `npm start`.
 * Its Bolt URI and credentials reach the tests through vitest's provide/inject: the embedded
 * one's user neo4j with the password it generated in its data folder, NEO4J_TEST_URI's from
 * NEO4J_USER and NEO4J_PASSWORD.
 */
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config/config.js";
import { openDatabase } from "../../src/graph/database.js";
import {
  type EmbeddedInstance,
  startEmbeddedNeo4j,
  stopEmbeddedNeo4j,
} from "../../src/graph/embedded.js";
import { EMBEDDED_USER, readEmbeddedPassword } from "../../src/graph/embedded-auth.js";
import { applySchema } from "../../src/graph/schema.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
let instance: EmbeddedInstance | null = null;

export default async function setup(project: TestProject) {
  let uri = process.env.NEO4J_TEST_URI;
  let user = process.env.NEO4J_USER ?? "neo4j";
  let password = process.env.NEO4J_PASSWORD ?? "";
  if (!uri) {
    const port = process.env.NEO4J_TEST_BOLT_PORT ?? "7697";
    // One folder per port, so two test runs side by side never share (or wipe) a store.
    const dataDir = resolve(PROJECT_ROOT, `.data/test-neo4j-${port}`);
    rmSync(dataDir, { recursive: true, force: true });
    const config = loadConfig(
      {
        ...process.env,
        NEO4J_URI: undefined,
        TRADE_KG_DATA_DIR: dataDir,
        NEO4J_BOLT_PORT: port,
        NEO4J_HEAP: "1g",
        NEO4J_PAGECACHE: "256m",
      },
      PROJECT_ROOT,
    );
    instance = await startEmbeddedNeo4j({
      projectRoot: PROJECT_ROOT,
      config: config.embedded,
      mode: "attached",
      reuseRunning: false,
      log: (line) => console.log(line),
    });
    uri = instance.uri;
    user = EMBEDDED_USER;
    password = readEmbeddedPassword(dataDir);
  }
  const db = openDatabase(uri, {
    user,
    password,
    database: undefined,
    queryTimeoutMs: 60_000,
  });
  try {
    await applySchema(db);
  } finally {
    await db.close();
  }
  project.provide("neo4jUri", uri);
  project.provide("neo4jUser", user);
  project.provide("neo4jPassword", password);

  return async () => {
    if (instance) await stopEmbeddedNeo4j(instance);
  };
}
