/** `trade-kg query` and `trade-kg export` as a user runs them, against the test Neo4j. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { cleanEnv, PROJECT_ROOT, runCli, testDatabaseEnv } from "../support/cli.js";
import { openTestDatabase } from "../support/database.js";
import { readWithNetworkx } from "../support/networkx.js";

const folder = mkdtempSync(join(tmpdir(), "trade-kg-cli-"));
const env = () => cleanEnv(testDatabaseEnv());

beforeAll(async () => {
  const db = openTestDatabase();
  const path = "seeds/003_44fb831386fa0c29.txt";
  await ingestDocument(db, { bytes: readFileSync(resolve(PROJECT_ROOT, path)), source: path });
  await db.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("trade-kg query", () => {
  it("prints the rows of a read-only query as JSON, with parameters", () => {
    const result = runCli(
      ["query", "MATCH (e:Entity {id: $id}) RETURN e.id AS id", "--param", "id=country:CHN"],
      env(),
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      columns: ["id"],
      rows: [{ id: "country:CHN" }],
      truncated: false,
    });
  });

  it("runs a saved query by name with its parameters, and lists the saved queries", () => {
    const result = runCli(
      ["query", "--saved", "shared-entities", "--param", "minDocuments=1", "--limit", "5"],
      env(),
    );
    expect(result.status, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as { columns: string[]; rows: unknown[] };
    expect(output.columns).toEqual(["entity", "name", "type", "documentCount", "documents"]);
    expect(output.rows.length).toBeGreaterThan(0);
    const list = runCli(["queries"], env());
    expect(list.stdout).toMatch(/^top-partners\n/m);
    expect(list.stdout).toMatch(/--param reporter=/);
    const unknown = runCli(["query", "--saved", "nope"], env());
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--saved: expected one of .*top-partners.*, got "nope"/);
  });

  it("refuses a write with CYPHER_REFUSED and exit 2", () => {
    const result = runCli(["query", "MATCH (e:Entity) DETACH DELETE e"], env());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error CYPHER_REFUSED: refused: Neo4j plans this as a write/m);
    expect(result.stdout).toBe("");
  });
});

describe("trade-kg export", () => {
  it("writes node-link JSON that networkx reads", () => {
    const out = join(folder, "china.json");
    const result = runCli(
      [
        "export",
        "--format",
        "json",
        "--center",
        "country:CHN",
        "--hops",
        "1",
        "--view",
        "entities",
        "--out",
        out,
      ],
      env(),
    );
    expect(result.status, result.stderr).toBe(0);
    const [, nodes, edges] = /exported (\d+) nodes and (\d+) edges/.exec(result.stderr) ?? [];
    const read = readWithNetworkx("json", out);
    expect([read.nodes, read.edges]).toEqual([Number(nodes), Number(edges)]);
    expect(read.nodes).toBeGreaterThan(1);
  });

  it("writes the tidy tables into a folder, naming the snapshot and the rows it wrote", () => {
    const out = join(folder, "tables");
    const result = runCli(["export", "--format", "csv", "--out", out], env());
    expect(result.status, result.stderr).toBe(0);
    const [, nodes, edges, facts, snapshot] =
      /exported (\d+) nodes and (\d+) edges and (\d+) fact rows of snapshot (snap-[0-9a-f]{16})/.exec(
        result.stderr,
      ) ?? [];
    const metadata = JSON.parse(readFileSync(join(out, "metadata.json"), "utf8"));
    expect(metadata.snapshot).toBe(snapshot);
    expect([
      metadata.tables["nodes.csv"].rows,
      metadata.tables["edges.csv"].rows,
      metadata.tables["facts.csv"].rows,
    ]).toEqual([Number(nodes), Number(edges), Number(facts)]);
    const lines = readFileSync(join(out, "facts.csv"), "utf8").trimEnd().split("\n");
    expect(lines[0]).toMatch(/^fact_id,flow,period_start,period_end,reporter_id,reporter_name,/);
    expect(Number(facts)).toBeGreaterThan(0);
  });

  it("writes the neo4j-csv bundle into a folder with its import script", () => {
    const out = join(folder, "bundle");
    const result = runCli(
      ["export", "--format", "neo4j-csv", "--edges", "policy", "--out", out],
      env(),
    );
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(out, "import.sh"))).toBe(true);
    expect(readFileSync(join(out, "nodes-Country.csv"), "utf8").split("\n")[0]).toMatch(
      /^id:ID,type,name,/,
    );
  });

  it.each([
    [
      ["--format", "json", "--center", "country:CHN", "--hops", "4"],
      2,
      /BAD_USER_INPUT: hops: expected an integer from 0 to 3, got "4"/,
    ],
    [
      ["--format", "json", "--from", "2022-05", "--to", "2022-01"],
      2,
      /BAD_USER_INPUT: the period 2022-05\/2022-01 is empty/,
    ],
    [
      ["--format", "json", "--period", "2022-05/2022-01"],
      2,
      /BAD_USER_INPUT: the period 2022-05\/2022-01 is empty/,
    ],
    [
      ["--format", "json", "--center", "country:ZZZ"],
      1,
      /NOT_FOUND: no entity with id "country:ZZZ"/,
    ],
    [
      ["--format", "pdf"],
      2,
      /BAD_USER_INPUT: format: expected json, graphml, csv, parquet, neo4j-csv, cypher, got "pdf"/,
    ],
  ])("refuses %j with a clear error and leaves no file", (args, status, message) => {
    const out = join(folder, `refused-${status}-${args.length}.out`);
    const result = runCli(["export", ...(args as string[]), "--out", out], env());
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
