/**
 * `trade-kg search TEXT` and `trade-kg documents` against the seeded test database, run as a
 * user runs them: the ids an analyst needs for every other command, found from the shell.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/graph/database.js";
import { cleanEnv, runCli, testDatabaseEnv } from "../support/cli.js";
import { openTestDatabase } from "../support/database.js";
import { ingestSeeds } from "../support/tiny-graph.js";

describe("trade-kg search and documents", () => {
  let db: Database;
  let seedIds: string[] = [];
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    db = openTestDatabase();
    const seeds = await ingestSeeds(db);
    seedIds = seeds.ids;
    cleanup = seeds.cleanup;
  });
  afterAll(async () => {
    await cleanup?.();
    await db.close();
  });

  const run = (...args: string[]) => runCli(args, cleanEnv(testDatabaseEnv()));

  it("finds an entity's id by a word of its name, as JSON and as a table", () => {
    const json = run("search", "belt road", "--format", "json");
    expect(json.stderr).toBe("");
    expect(json.status).toBe(0);
    const ids = JSON.parse(json.stdout).rows.map((r: { id: string }) => r.id);
    expect(ids).toContain("region:belt-and-road-countries");
    const table = run("search", "China", "--type", "Country");
    expect(table.status).toBe(0);
    expect(table.stdout.split("\n")[0]).toMatch(/^id\s+type\s+kind\s+name\s+aliases/);
    expect(table.stdout).toMatch(/^country:CHN\s+Country\s+.*China/m);
  });

  it("lists the ingested documents with their ids and dates", () => {
    const result = run("documents", "--format", "csv");
    expect(result.status).toBe(0);
    const [header, ...lines] = result.stdout.trim().split("\n");
    expect(header).toBe("id,date,source,title");
    for (const id of seedIds) expect(lines.some((line) => line.startsWith(`${id},`))).toBe(true);
    expect(result.stdout).toContain("2021-07-13");
  });

  it("refuses an unknown entity type naming the option and what it expects", () => {
    const result = run("search", "China", "--type", "Planet");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error BAD_USER_INPUT: --type: expected .*Country.*got/m);
    expect(result.stdout).toBe("");
  });
});
