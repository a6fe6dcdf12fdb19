/**
 * `trade-kg ingest` with document metadata, in its own process against the test Neo4j:
 * sources stored relative to the folder named (no server paths), sidecars picked up, a bad
 * sidecar skipping only its file, a changed sidecar re-ingesting under the same id, and
 * --date winning over a sidecar.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deleteDocument } from "../../src/ingest/ingest-document.js";
import { cleanEnv, runCli, testDatabaseEnv } from "../support/cli.js";
import { openTestDatabase } from "../support/database.js";

const root = mkdtempSync(join(tmpdir(), "trade-kg-ingest-meta-"));
const folder = join(root, "orlandia");
const env = () => cleanEnv(testDatabaseEnv());
const db = openTestDatabase();
const FIXTURES = "test/fixtures/metadata";

afterAll(async () => {
  const stored = await db.read(
    "MATCH (d:Document) WHERE d.source STARTS WITH 'orlandia-' OR d.source STARTS WITH 'sub/orlandia-' RETURN d.id AS id",
  );
  for (const r of stored.records) await deleteDocument(db, r.get("id")).catch(() => undefined);
  await db.close();
  rmSync(root, { recursive: true, force: true });
});

async function storedDocument(source: string) {
  const result = await db.read(
    `MATCH (d:Document {source: $source})
     RETURN d { .id, .source, .date, .dateSource, .url, .title } AS d,
            [(f:TradeFact)-[:STATED_IN]->(d) | f.periodStart + '/' + f.periodEnd] AS periods`,
    { source },
  );
  return result.records.map((r) => ({ ...r.get("d"), periods: r.get("periods").sort() }));
}

function ingest(args: string[]) {
  const result = runCli(["ingest", "--json", ...args], env());
  return { ...result, summary: result.stdout ? JSON.parse(result.stdout) : null };
}

describe("trade-kg ingest with document metadata", () => {
  it("stores sources relative to the folder, reads sidecars, and skips only a bad sidecar's file", async () => {
    mkdirSync(join(folder, "sub"), { recursive: true });
    cpSync(`${FIXTURES}/sidecar-release.txt`, join(folder, "orlandia-release.txt"));
    cpSync(`${FIXTURES}/sidecar-release.meta.json`, join(folder, "orlandia-release.meta.json"));
    cpSync(`${FIXTURES}/url-only.txt`, join(folder, "sub", "orlandia-url.txt"));
    cpSync(`${FIXTURES}/url-only.meta.json`, join(folder, "sub", "orlandia-url.meta.json"));
    cpSync(`${FIXTURES}/no-date.txt`, join(folder, "orlandia-bad.txt"));
    writeFileSync(join(folder, "orlandia-bad.meta.json"), '{"date": "2023-02-30"}');

    const { status, stderr, summary } = ingest([folder]);
    expect(status, stderr).toBe(1);
    expect(summary.created).toBe(2);
    expect(summary.skipped).toEqual([
      {
        path: join(folder, "orlandia-bad.txt"),
        reason:
          'METADATA_INVALID: orlandia-bad.meta.json: field date: expected a real calendar day, got "2023-02-30"',
      },
    ]);
    expect(await storedDocument("orlandia-release.txt")).toEqual([
      expect.objectContaining({
        date: "2021-07-20",
        dateSource: "SIDECAR",
        url: "https://news.example.org/2022/03-01/orlandia.html",
        title: "Orlandia's trade in the first half (annotated)",
        periods: ["2021-01/2021-06", "2021-06/2021-06"],
      }),
    ]);
    expect(await storedDocument("sub/orlandia-url.txt")).toEqual([
      expect.objectContaining({ date: "2023-04-14", dateSource: "URL" }),
    ]);
    const paths = await db.read(
      "MATCH (d:Document) WHERE d.source CONTAINS $root RETURN count(d) AS n",
      { root },
    );
    expect(Number(paths.records[0].get("n")), "no server path is stored").toBe(0);
  });

  it("re-ingests a document whose sidecar changed, under the same id, and nothing else", async () => {
    const before = await storedDocument("orlandia-release.txt");
    writeFileSync(
      join(folder, "orlandia-release.meta.json"),
      '{"date": "2022-07-19", "url": "https://news.example.org/orlandia-2022.html"}',
    );
    const { status, summary } = ingest([folder]);
    expect(status).toBe(1); // the bad sidecar is still there
    expect(summary).toMatchObject({ created: 0, replaced: 1, unchanged: 1 });
    const after = await storedDocument("orlandia-release.txt");
    expect(after).toEqual([
      expect.objectContaining({
        id: before[0].id,
        date: "2022-07-19",
        dateSource: "SIDECAR",
        url: "https://news.example.org/orlandia-2022.html",
        // no title in the sidecar any more: the text's first line
        title: "Orlandia customs notes steady trade",
        periods: ["2022-01/2022-06", "2022-06/2022-06"],
      }),
    ]);
  });

  it("lets --date win over the sidecar, and stores a named file under its name", async () => {
    const file = join(folder, "orlandia-release.txt");
    const { status, stderr } = ingest([file, "--date", "2023-07-18"]);
    expect(status, stderr).toBe(0);
    expect(await storedDocument("orlandia-release.txt")).toEqual([
      expect.objectContaining({
        date: "2023-07-18",
        dateSource: "CALLER",
        periods: ["2023-01/2023-06", "2023-06/2023-06"],
      }),
    ]);
  });

  it("refuses a future --date before touching the database", () => {
    const { status, stderr } = ingest([folder, "--date", "2099-01-01"]);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/error METADATA_INVALID: the command line: --date: expected a day/);
  });
});
