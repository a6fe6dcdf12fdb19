/**
 * Instance records that survive crashes: a record is removed only by the stop of the JVM it
 * names (pid and start time), and `db status` / `db stop` find a live JVM over the data folder
 * even when its record is missing or names another process. A real embedded Neo4j on its own
 * port and data folder, crashed with SIGKILL and restarted by the real `trade-kg db start`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import {
  type EmbeddedInstance,
  findRunningInstance,
  startEmbeddedNeo4j,
  stopEmbeddedNeo4j,
} from "../../src/graph/embedded.js";
import {
  findLauncherProcesses,
  isSameProcess,
  processIsAlive,
  processStartTime,
} from "../../src/graph/embedded-process.js";
import {
  RECORD_FILE,
  readRecord,
  removeRecordIfOwned,
  writeRecord,
} from "../../src/graph/embedded-record.js";
import { cleanEnv, runCli } from "../support/cli.js";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
/** Each JVM start takes 10 to 50 s on a busy two-core machine; these tests start two or three. */
const STARTS_TIMEOUT_MS = 240_000;
const dataDir = mkdtempSync(join(tmpdir(), "trade-kg-record-"));

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitUntilDead(pid: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (processIsAlive(pid) && Date.now() < deadline) await sleep(100);
  expect(processIsAlive(pid)).toBe(false);
}

afterAll(async () => {
  for (const live of findLauncherProcesses(dataDir)) {
    await stopEmbeddedNeo4j({ ...live, dataDir }, 20_000);
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("pid and start time", () => {
  it("tell a process from a later one that got its pid", () => {
    const me = { pid: process.pid, startTime: processStartTime(process.pid) };
    expect(me.startTime).toMatch(/^\d+$/);
    expect(isSameProcess(me)).toBe(true);
    expect(isSameProcess({ ...me, startTime: "1" })).toBe(false);
  });

  it("decide who may remove a record", () => {
    const folder = mkdtempSync(join(tmpdir(), "trade-kg-record-unit-"));
    try {
      const record = { pid: 4242, startTime: "777", port: 1, version: "x", startedAt: "now" };
      writeRecord(folder, record);
      expect(removeRecordIfOwned(folder, { pid: 4242, startTime: "778" })).toBe(false);
      expect(removeRecordIfOwned(folder, { pid: 4243, startTime: "777" })).toBe(false);
      expect(readRecord(folder)).toEqual(record);
      expect(removeRecordIfOwned(folder, { pid: 4242, startTime: "777" })).toBe(true);
      expect(readRecord(folder)).toBeNull();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("the instance record after a crash", () => {
  let port: number;
  let env: NodeJS.ProcessEnv;
  let first: EmbeddedInstance;

  it(
    "survives the stop of the crashed first start, which must not delete the new instance's record",
    async () => {
      port = await freePort();
      env = cleanEnv({
        NEO4J_BOLT_PORT: String(port),
        TRADE_KG_DATA_DIR: dataDir,
        NEO4J_HEAP: "512m",
        NEO4J_PAGECACHE: "64m",
      });
      first = await startEmbeddedNeo4j({
        projectRoot: PROJECT_ROOT,
        config: { boltPort: port, dataDir, heap: "512m", pageCache: "64m" },
        mode: "attached",
        reuseRunning: false,
      });
      expect(readRecord(dataDir)).toMatchObject({
        pid: first.pid,
        startTime: processStartTime(first.pid),
      });

      process.kill(first.pid, "SIGKILL"); // the JVM crashes
      await waitUntilDead(first.pid);
      const restarted = runCli(["db", "start"], env);
      expect(restarted.status, restarted.stderr).toBe(0);
      const second = readRecord(dataDir);
      expect(second?.pid).not.toBe(first.pid);

      await stopEmbeddedNeo4j(first); // what the first start does when it is stopped later
      expect(readRecord(dataDir)).toEqual(second);
      expect(processIsAlive(second!.pid)).toBe(true);
      const status = runCli(["db", "status"], env);
      expect(status.status, status.stdout).toBe(0);
      expect(status.stdout).toMatch(
        new RegExp(`^up: bolt://127\\.0\\.0\\.1:${port} Neo4j 5\\.26\\.`),
      );
    },
    STARTS_TIMEOUT_MS,
  );

  it(
    "is not needed by `db status` and `db stop`: they find the JVM by its command line",
    async () => {
      const second = readRecord(dataDir)!;
      // Stale: the record names the right pid with another start time (a pid reused).
      writeRecord(dataDir, { ...second, startTime: "1" });
      expect(findRunningInstance(dataDir)?.pid).toBe(second.pid);
      expect(runCli(["db", "status"], env).stdout).toMatch(/^up: /);

      rmSync(join(dataDir, RECORD_FILE));
      expect(findRunningInstance(dataDir)).toMatchObject({ pid: second.pid, port });
      expect(runCli(["db", "status"], env).stdout).toMatch(/^up: /);
      const again = runCli(["db", "start"], env);
      expect(again.stderr).toMatch(new RegExp(`already running: .*pid ${second.pid}`));

      const stopped = runCli(["db", "stop"], env);
      expect(stopped.status, stopped.stderr).toBe(0);
      await waitUntilDead(second.pid);
      const down = runCli(["db", "status"], env);
      expect(down.status).toBe(1);
      expect(down.stdout).toMatch(/^down: /);
    },
    STARTS_TIMEOUT_MS,
  );
});
