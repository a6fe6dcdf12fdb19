/**
 * The CLI fails well, run as a user runs it: no command starts a database behind the user's
 * back; file-system failures, unknown selections and bad parameters are one `error CODE:` line
 * with nothing on stdout; help shows each default once; `query --format` prints JSON, a table
 * or CSV; ingest reports progress in a log and names each file in its --json summary.
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/core/errors.js";
import { findRunningInstance } from "../../src/graph/embedded.js";
import { deleteDocument, ingestDocument } from "../../src/ingest/ingest-document.js";
import { BIN, cleanEnv, runCli, testDatabaseEnv } from "../support/cli.js";
import { openTestDatabase } from "../support/database.js";

const folder = mkdtempSync(join(tmpdir(), "trade-kg-fails-well-"));
const env = () => cleanEnv(testDatabaseEnv());
const db = openTestDatabase();
const written: string[] = [];
const TEXT =
  "Customs release\nBeijing, May 8, 2024\n\nChina's exports to Peru grew 4.2% to 31.7 billion yuan in April.\n";

beforeAll(async () => {
  written.push(
    (await ingestDocument(db, { bytes: Buffer.from(TEXT), source: "fails-well.txt" })).documentId,
  );
});
afterAll(async () => {
  for (const id of written) await deleteDocument(db, id).catch(() => undefined);
  await db.close();
  rmSync(folder, { recursive: true, force: true });
});

/** One line on stderr, `error CODE: …`, no stack trace; nothing on stdout. */
function expectOneErrorLine(result: ReturnType<typeof runCli>, code: keyof typeof ERROR_CODES) {
  expect(result.status, result.stderr).toBe(ERROR_CODES[code].exitCode);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trim().split("\n");
  expect(lines.filter((line) => line.startsWith("error "))).toEqual([lines.at(-1)]);
  expect(lines.at(-1)).toMatch(new RegExp(`^error ${code}: `));
  expect(result.stderr).not.toMatch(/^\s+at /m);
  return lines.at(-1) as string;
}

describe("a stopped embedded database", () => {
  const dataDir = join(folder, "never-started");
  const stopped = () => cleanEnv({ TRADE_KG_DATA_DIR: dataDir });
  const out = join(folder, "never.json");

  it.each([
    ["query", ["query", "RETURN 1"]],
    ["export", ["export", "--format", "json", "--out", out]],
    ["ingest", ["ingest", join(folder, "nothing.txt")]],
    ["delete", ["delete", "doc:0123456789abcdef"]],
  ])("%s says so at once and starts nothing", (_, args) => {
    mkdirSync(dataDir, { recursive: true });
    const line = expectOneErrorLine(runCli(args, stopped()), "DATABASE_UNAVAILABLE");
    expect(line).toContain("trade-kg db start");
    expect(line).toContain("--start-db");
    expect(readdirSync(dataDir)).toEqual([]);
  });
});

describe("--start-db", () => {
  it("starts a temporary embedded Neo4j for one command, says so, and stops it after", async () => {
    const dataDir = join(folder, "temporary");
    const port = await new Promise<number>((done) => {
      const server = createServer();
      server.listen(0, "127.0.0.1", () => {
        const { port: free } = server.address() as AddressInfo;
        server.close(() => done(free));
      });
    });
    const result = runCli(
      ["query", "RETURN 1 AS one", "--start-db", "--format", "csv"],
      cleanEnv({
        TRADE_KG_DATA_DIR: dataDir,
        NEO4J_BOLT_PORT: String(port),
        NEO4J_HEAP: "512m",
        NEO4J_PAGECACHE: "64m",
      }),
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe("one\n1\n");
    expect(result.stderr).toContain("starting one for this command (--start-db)");
    expect(findRunningInstance(dataDir)).toBeNull();
  });
});

describe("file-system errors", () => {
  it("export into a missing folder: FILE_SYSTEM_ERROR naming it, before the database", () => {
    const out = join(folder, "missing-dir", "x.json");
    const line = expectOneErrorLine(
      runCli(
        ["export", "--format", "json", "--out", out],
        cleanEnv({ TRADE_KG_DATA_DIR: join(folder, "none") }),
      ),
      "FILE_SYSTEM_ERROR",
    );
    expect(line).toContain(join(folder, "missing-dir"));
    expect(existsSync(join(folder, "missing-dir"))).toBe(false);
  });

  it("any other write the CLI makes: schema print into a missing folder", () => {
    const out = join(folder, "missing-dir", "schema.graphql");
    const line = expectOneErrorLine(
      runCli(["schema", "print", "--out", out], env()),
      "FILE_SYSTEM_ERROR",
    );
    expect(line).toContain(out);
    expect(line).toContain("(ENOENT)");
  });
});

describe("nothing reaches stdout before the selection is known to be valid", () => {
  it.each([
    ["json", ["--center", "country:XXX"]],
    ["graphml", ["--center", "country:XXX"]],
    ["cypher", ["--document", "doc:0000000000000000"]],
  ])("export --format %s --out - of an unknown selection", (format, selection) => {
    const result = runCli(["export", "--format", format, "--out", "-", ...selection], env());
    expectOneErrorLine(result, "NOT_FOUND");
  });

  it("a valid selection still streams to stdout", () => {
    const result = runCli(
      ["export", "--format", "json", "--out", "-", "--center", "country:PER", "--hops", "0"],
      env(),
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).nodes.map((n: { id: string }) => n.id)).toContain(
      "country:PER",
    );
  });
});

describe("query parameters", () => {
  it("a saved query's parameter of the wrong type names the parameter and the type", () => {
    const result = runCli(["query", "--saved", "top-partners", "--param", "limit=abc"], env());
    const line = expectOneErrorLine(result, "BAD_USER_INPUT");
    expect(line).toBe(
      'error BAD_USER_INPUT: --param limit: expected an integer (the saved query\'s type), got "abc"',
    );
  });

  it("a saved query's string parameter stays a string even when it looks like a number", () => {
    const result = runCli(
      ["query", "--saved", "document-statements", "--param", "documentId=123"],
      env(),
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).rows).toEqual([]);
  });

  it("an ad hoc query's bad parameter leaks no Java class name", () => {
    const result = runCli(["query", "RETURN 1 AS one LIMIT $limit", "--param", "limit=abc"], env());
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(/org\.neo4j|java\.|Exception|Value\b/);
    expect(result.stderr).toMatch(/^error [A-Z_]+: .*limit/m);
  });
});

describe("help", () => {
  it.each([["query"], ["export"], ["ingest"], ["db", "start"]])(
    "%s --help shows each default once",
    (...command) => {
      const result = runCli([...command, "--help"], env());
      expect(result.status).toBe(0);
      for (const line of result.stdout.split("\n"))
        expect(line.match(/\(default/g)?.length ?? 0).toBeLessThan(2);
    },
  );

  it("query --help shows the defaults commander knows", () => {
    const help = runCli(["query", "--help"], env()).stdout;
    expect(help).toContain("(default: 1000)");
    expect(help).toContain('(default: "json")');
    expect(help).toContain("--start-db");
  });
});

describe("query --format", () => {
  const cypher = "UNWIND [['a', 1], ['b, c', null]] AS r RETURN r[0] AS name, r[1] AS n";

  it("json: one object with columns, rows and truncated", () => {
    const result = runCli(["query", cypher], env());
    expect(JSON.parse(result.stdout)).toEqual({
      columns: ["name", "n"],
      rows: [
        { name: "a", n: 1 },
        { name: "b, c", n: null },
      ],
      truncated: false,
    });
  });

  it("table: a header, a rule and aligned rows", () => {
    const result = runCli(["query", cypher, "--format", "table"], env());
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe("name  n\n----  -\na     1\nb, c\n");
  });

  it("csv: a header and quoted cells, read back by a CSV parser", () => {
    const result = runCli(["query", cypher, "--format", "csv"], env());
    expect(result.status, result.stderr).toBe(0);
    expect(parse(result.stdout)).toEqual([
      ["name", "n"],
      ["a", "1"],
      ["b, c", ""],
    ]);
  });

  it("refuses another format before touching the database", () => {
    const line = expectOneErrorLine(
      runCli(
        ["query", cypher, "--format", "xml"],
        cleanEnv({ TRADE_KG_DATA_DIR: join(folder, "none") }),
      ),
      "BAD_USER_INPUT",
    );
    expect(line).toBe('error BAD_USER_INPUT: --format: expected json | table | csv, got "xml"');
  });
});

describe("ingest progress and its --json summary", () => {
  it("prints a progress line every N documents in a log, and each file's path in --json", () => {
    const dir = join(folder, "three");
    mkdirSync(dir);
    for (const name of ["a", "b", "c"])
      writeFileSync(join(dir, `${name}.txt`), `${TEXT}\n${name}\n`);
    const result = runCli(["ingest", "--json", "--progress-every", "2", dir], env());
    expect(result.status, result.stderr).toBe(0);
    const progress = result.stderr
      .split("\n")
      .filter((line) => /^ingest: \d+\/\d+ documents/.test(line));
    expect(progress.map((line) => line.split(" (")[0])).toEqual([
      "ingest: 2/3 documents",
      "ingest: 3/3 documents",
    ]);
    for (const line of progress) expect(line).toMatch(/\(\d+\.\d\/s, about \d+ s left\)$/);
    const summary = JSON.parse(result.stdout) as {
      documents: { path: string; documentId: string }[];
    };
    written.push(...summary.documents.map((d) => d.documentId));
    expect(summary.documents.map((d) => d.path)).toEqual(
      ["a", "b", "c"].map((n) => join(dir, `${n}.txt`)),
    );
  });

  it("draws a bar with the rate and an ETA on a terminal", () => {
    const dir = join(folder, "terminal");
    mkdirSync(dir);
    for (const name of ["d", "e"]) writeFileSync(join(dir, `${name}.txt`), `${TEXT}\n${name}\n`);
    // script(1) runs the command on a pseudo-terminal, as a user's shell would.
    const run = spawnSync(
      "script",
      ["-qec", `${process.execPath} ${BIN} ingest --json ${dir}`, "/dev/null"],
      { env: { ...env(), TERM: "xterm" }, encoding: "utf8", timeout: 120_000 },
    );
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/ingest \[[^\]]*\] 2\/2 docs \| \d+\.\d docs\/s \| ETA \S+/);
    expect(run.stdout).not.toMatch(/^ingest: \d+\/\d+ documents/m);
    const summary = JSON.parse(
      run.stdout.slice(run.stdout.indexOf('{"documents"')).split("\r\n")[0],
    ) as {
      documents: { documentId: string }[];
    };
    written.push(...summary.documents.map((d) => d.documentId));
  });
});
