/**
 * What `npm start` runs (`trade-kg start`), end to end in a real process: the embedded Neo4j
 * comes up, GraphQL answers health from it, and Ctrl-C leaves no Neo4j process behind.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { processIsAlive } from "../../src/graph/embedded.js";
import { postGraphQL } from "../support/api.js";
import { cleanEnv, runCli, spawnCli } from "../support/cli.js";

const dataDir = mkdtempSync(join(tmpdir(), "trade-kg-start-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Pids of embedded Neo4j processes running over the given data folder. */
function neo4jPidsFor(folder: string): number[] {
  return execSync("ps -eo pid,args", { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes("trade-kg-neo4j.jar") && line.includes(folder))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

describe("trade-kg start", () => {
  it("ingests the seeds, serves health from its own Neo4j, and stops it on Ctrl-C keeping the data", async () => {
    const env = cleanEnv({
      PORT: "0",
      NEO4J_BOLT_PORT: "7688",
      TRADE_KG_DATA_DIR: dataDir,
      NEO4J_HEAP: "512m",
      NEO4J_PAGECACHE: "64m",
    });
    const child = spawnCli(["start"], env);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    const deadline = Date.now() + 150_000;
    let url: string | null = null;
    while (!url && Date.now() < deadline) {
      url = /GraphQL API: (\S+)/.exec(stderr)?.[1] ?? null;
      if (child.exitCode !== null) break;
      await sleep(100);
    }
    expect(url, stderr).not.toBeNull();
    expect(stderr).toMatch(/schema applied/);
    expect(stderr).toMatch(/seeds: /);

    const { body } = await postGraphQL(
      url!,
      "{ health { ok database { reachable version nodeCounts { label count } } } }",
    );
    expect(body.data?.health).toMatchObject({ ok: true, database: { reachable: true } });
    // The seeds were ingested before the API came up.
    const health = body.data?.health as
      | { database: { nodeCounts: { label: string; count: number }[] } }
      | undefined;
    const counts = health?.database.nodeCounts ?? [];
    expect(counts.find((c) => c.label === "Document")?.count).toBe(2);
    expect(counts.find((c) => c.label === "TradeFact")?.count).toBeGreaterThan(0);
    expect(stderr).toMatch(/ingest: 2 created, 0 replaced, 0 unchanged, 0 skipped/);

    const neo4jPids = neo4jPidsFor(dataDir);
    expect(neo4jPids.length).toBe(1);
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/stopped/);
    expect(processIsAlive(neo4jPids[0])).toBe(false);
    expect(existsSync(join(dataDir, "data/databases/neo4j")), "the store survives the stop").toBe(
      true,
    );
  });
});

describe("trade-kg with a bad configuration", () => {
  it("exits 2 with CONFIG_INVALID naming the variable, before starting anything", () => {
    const result = runCli(["serve"], cleanEnv({ PORT: "eighty", TRADE_KG_DATA_DIR: dataDir }));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^error CONFIG_INVALID: PORT: expected an integer from 0 to 65535, got "eighty"/m,
    );
    expect(neo4jPidsFor(dataDir)).toEqual([]);
  });
});
