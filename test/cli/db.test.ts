/** `trade-kg db start|status|stop` as a user runs them, against a real embedded Neo4j. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanEnv, runCli } from "../support/cli.js";

const dataDir = mkdtempSync(join(tmpdir(), "trade-kg-db-"));
const env = cleanEnv({
  NEO4J_BOLT_PORT: "7686",
  TRADE_KG_DATA_DIR: dataDir,
  NEO4J_HEAP: "512m",
  NEO4J_PAGECACHE: "64m",
});

afterAll(() => {
  runCli(["db", "stop"], env);
  rmSync(dataDir, { recursive: true, force: true });
});

describe("trade-kg db", () => {
  it("starts in the background, reports status, detects a second start, and stops", () => {
    const down = runCli(["db", "status"], env);
    expect(down.status).toBe(1);
    expect(down.stdout).toMatch(/^down: no embedded Neo4j runs over/);

    const started = runCli(["db", "start"], env);
    expect(started.status, started.stderr).toBe(0);
    expect(started.stdout.trim()).toBe("bolt://127.0.0.1:7686");

    const up = runCli(["db", "status"], env);
    expect(up.status).toBe(0);
    expect(up.stdout).toMatch(
      /^up: bolt:\/\/127\.0\.0\.1:7686 Neo4j 5\.26\.\S+ community; Entity=0 /,
    );

    const again = runCli(["db", "start"], env);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/already running: bolt:\/\/127\.0\.0\.1:7686 \(pid \d+/);

    const stopped = runCli(["db", "stop"], env);
    expect(stopped.status).toBe(0);
    expect(stopped.stderr).toMatch(/stopped the Neo4j at bolt:\/\/127\.0\.0\.1:7686/);
    expect(runCli(["db", "status"], env).status).toBe(1);
  });
});
