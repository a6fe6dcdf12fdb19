/**
 * The embedded Neo4j's lifecycle, each test on its own port and data folder (not the shared
 * test instance), because they stop, restart and kill it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import type { EmbeddedNeo4jConfig } from "../../src/config/config.js";
import { TradeKgError } from "../../src/core/errors.js";
import { openDatabase } from "../../src/graph/database.js";
import {
  type EmbeddedInstance,
  findRunningInstance,
  processIsAlive,
  startEmbeddedNeo4j,
  stopEmbeddedNeo4j,
} from "../../src/graph/embedded.js";
import {
  EMBEDDED_USER,
  embeddedPasswordPath,
  readEmbeddedPassword,
} from "../../src/graph/embedded-auth.js";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
/** Each JVM start takes 10 to 50 s on a busy two-core machine; these tests start two or three. */
const STARTS_TIMEOUT_MS = 240_000;
const folders: string[] = [];
const started: EmbeddedInstance[] = [];

function embeddedConfig(port: number): EmbeddedNeo4jConfig {
  const dataDir = mkdtempSync(join(tmpdir(), "trade-kg-embedded-"));
  folders.push(dataDir);
  return { boltPort: port, dataDir, heap: "512m", pageCache: "64m" };
}

async function start(config: EmbeddedNeo4jConfig, reuseRunning = false): Promise<EmbeddedInstance> {
  const instance = await startEmbeddedNeo4j({
    projectRoot: PROJECT_ROOT,
    config,
    mode: "attached",
    reuseRunning,
  });
  started.push(instance);
  return instance;
}

function boltDatabase(instance: EmbeddedInstance) {
  return openDatabase(instance.uri, {
    user: EMBEDDED_USER,
    password: readEmbeddedPassword(instance.dataDir),
    database: undefined,
    queryTimeoutMs: 10_000,
  });
}

afterAll(async () => {
  for (const instance of started) await stopEmbeddedNeo4j(instance, 20_000);
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("the embedded Neo4j", () => {
  it(
    "keeps its data across a clean stop and a restart",
    async () => {
      const config = embeddedConfig(7691);
      const first = await start(config);
      expect(first.version).toMatch(/^5\.26\./);
      let db = boltDatabase(first);
      await db.write("CREATE (:Survivor {id: $id})", { id: "kept" });
      await db.close();
      await stopEmbeddedNeo4j(first);
      expect(processIsAlive(first.pid)).toBe(false);
      expect(findRunningInstance(config.dataDir)).toBeNull();

      const second = await start(config);
      db = boltDatabase(second);
      const result = await db.read("MATCH (n:Survivor {id: 'kept'}) RETURN count(n) AS n");
      await db.close();
      expect(result.records[0].get("n")).toBe(1);
      await stopEmbeddedNeo4j(second);
    },
    STARTS_TIMEOUT_MS,
  );

  it(
    "writes a new password when its file is lost, and the data stays",
    async () => {
      const config = embeddedConfig(7699);
      const first = await start(config);
      let db = boltDatabase(first);
      await db.write("CREATE (:Survivor {id: 'kept'})");
      await db.close();
      await stopEmbeddedNeo4j(first);
      const lost = readEmbeddedPassword(config.dataDir);
      rmSync(embeddedPasswordPath(config.dataDir));

      const second = await start(config);
      expect(readEmbeddedPassword(config.dataDir)).not.toBe(lost);
      db = boltDatabase(second);
      const result = await db.read("MATCH (n:Survivor) RETURN count(n) AS n");
      await db.close();
      expect(result.records[0].get("n")).toBe(1);
      const old = openDatabase(second.uri, {
        user: EMBEDDED_USER,
        password: lost,
        database: undefined,
        queryTimeoutMs: 10_000,
      });
      await expect(old.verify()).rejects.toThrow(/refused the credentials/);
      await old.close();
      await stopEmbeddedNeo4j(second);
    },
    STARTS_TIMEOUT_MS,
  );

  it(
    "detects a second start over a running instance: reports it, or reuses it when asked",
    async () => {
      const config = embeddedConfig(7692);
      const first = await start(config);

      const error = await start({ ...config, boltPort: 7693 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TradeKgError);
      expect((error as TradeKgError).code).toBe("NEO4J_ALREADY_RUNNING");
      expect((error as TradeKgError).message).toContain(`pid ${first.pid}`);

      const reused = await start(config, true);
      expect(reused.pid).toBe(first.pid);
      expect(reused.ownedByUs).toBe(false);
      await stopEmbeddedNeo4j(first);
    },
    STARTS_TIMEOUT_MS,
  );

  it(
    "refuses a data folder that another Neo4j holds even without our record of it",
    async () => {
      const config = embeddedConfig(7694);
      const first = await start(config);
      // Forget the record: the JVM is still found by its command line.
      rmSync(join(config.dataDir, "trade-kg-neo4j.json"));
      const error = await start({ ...config, boltPort: 7695 }).catch((e: unknown) => e);
      expect((error as TradeKgError).code).toBe("NEO4J_ALREADY_RUNNING");
      expect((error as TradeKgError).message).toContain(`pid ${first.pid}`);
      await stopEmbeddedNeo4j(first);
    },
    STARTS_TIMEOUT_MS,
  );

  it("says clearly when its port is already in use", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(7696, "127.0.0.1", () => done()));
    try {
      const error = await start(embeddedConfig(7696)).catch((e: unknown) => e);
      expect((error as TradeKgError).code).toBe("NEO4J_PORT_IN_USE");
      expect((error as TradeKgError).message).toMatch(
        /port 7696 .* already in use.*NEO4J_BOLT_PORT/,
      );
    } finally {
      blocker.close();
    }
  });

  it(
    "stops when the process that started it is killed (no Neo4j left behind)",
    async () => {
      const config = embeddedConfig(7698);
      const script = `
      import { startEmbeddedNeo4j } from ${JSON.stringify(resolve(PROJECT_ROOT, "src/graph/embedded.ts"))};
      const instance = await startEmbeddedNeo4j({ projectRoot: ${JSON.stringify(PROJECT_ROOT)}, config: ${JSON.stringify(config)}, mode: "attached", reuseRunning: false });
      console.log("PID " + instance.pid);
      setInterval(() => {}, 1000);
    `;
      const parent = spawn(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", script],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      const neo4jPid = await new Promise<number>((done, fail) => {
        let output = "";
        parent.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match = /PID (\d+)/.exec(output);
          if (match) done(Number(match[1]));
        });
        parent.on("exit", (code) => fail(new Error(`parent exited with ${code}: ${output}`)));
      });
      expect(processIsAlive(neo4jPid)).toBe(true);
      parent.kill("SIGKILL");
      const deadline = Date.now() + 30_000;
      while (processIsAlive(neo4jPid) && Date.now() < deadline) await sleep(200);
      expect(processIsAlive(neo4jPid)).toBe(false);
      expect(findRunningInstance(config.dataDir)).toBeNull();
    },
    STARTS_TIMEOUT_MS,
  );
});
