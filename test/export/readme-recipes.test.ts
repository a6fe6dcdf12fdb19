/**
 * The README's export recipes, run as written: each fenced block after a `<!-- recipe: NAME -->`
 * line is taken from README.md and run in a folder holding a tidy csv export and a network
 * JSON export of the seeds — pandas and networkx with Debian's python3, the SQL in DuckDB
 * (@duckdb/node-api) — and what it prints is checked against the database and the API.
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportSubgraph } from "../../src/export/export-subgraph.js";
import { parseSelection } from "../../src/export/selection.js";
import { streamTextSink } from "../../src/export/text-sink.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";
import { DEBIAN_PYTHON } from "../support/networkx.js";
import { duckdbQuery } from "../support/tidy-readers.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"];
const folder = mkdtempSync(join(tmpdir(), "trade-kg-recipes-"));
const db = openTestDatabase();
let api: Awaited<ReturnType<typeof startTestApi>>;
let network: { nodes: { id: string; group: boolean }[] };

/** The code block following `<!-- recipe: NAME -->` in README.md. */
function recipe(name: string): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const found = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\n`).exec(
    readme,
  );
  if (!found) throw new Error(`README.md has no recipe named ${name}`);
  return found[1];
}

async function writeExport(format: "csv" | "json", raw: Parameters<typeof parseSelection>[0]) {
  const streams: ReturnType<typeof createWriteStream>[] = [];
  const open = (file: string) => {
    const stream = createWriteStream(join(folder, file));
    streams.push(stream);
    return streamTextSink(stream);
  };
  const target =
    format === "csv"
      ? { kind: "files" as const, open }
      : { kind: "stream" as const, sink: open("network.json") };
  const counts = await exportSubgraph(db, parseSelection(raw), format, target);
  for (const s of streams) s.end();
  await Promise.all(streams.map((s) => finished(s)));
  return counts;
}

const python = (code: string) =>
  execFileSync(DEBIAN_PYTHON, ["-c", code], { cwd: folder, encoding: "utf8" }).trim();

beforeAll(async () => {
  for (const path of SEEDS)
    await ingestDocument(db, { bytes: readFileSync(resolve(ROOT, path)), source: path });
  await writeExport("csv", {});
  await writeExport("json", { view: "network", edges: "trade" });
  network = JSON.parse(readFileSync(join(folder, "network.json"), "utf8"));
  api = await startTestApi(db);
});
afterAll(async () => {
  await api.close();
  await db.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("README export recipes", () => {
  it("pandas reads the three tables with the rows metadata.json counts", () => {
    const metadata = JSON.parse(readFileSync(join(folder, "metadata.json"), "utf8"));
    const rows = ["nodes.csv", "edges.csv", "facts.csv"].map((t) => metadata.tables[t].rows);
    expect(rows[2]).toBeGreaterThan(0);
    expect(python(recipe("pandas"))).toBe(rows.join(" "));
  });

  it("DuckDB's top partners are GraphQL's topPartners, in order and value", async () => {
    const sql = recipe("duckdb").replace("'facts.csv'", `'${join(folder, "facts.csv")}'`);
    const duck = await duckdbQuery(sql);
    const response = await fetch(api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{ topPartners(reporter: "country:CHN", period: {start: "2021-01", end: "2021-06"},
          types: [COUNTRY, REGION, ZONE, COMMODITY, AGENCY, MEASURE], kinds: null, limit: 5)
          { partner { id } value } }`,
      }),
    });
    const body = (await response.json()) as {
      data: { topPartners: { partner: { id: string }; value: number }[] };
    };
    const graphql = body.data.topPartners.map((r) => ({
      partner_id: r.partner.id,
      value: r.value,
    }));
    expect(graphql.length).toBeGreaterThan(1);
    expect(duck).toEqual(graphql);
  });

  it("networkx ranks the weighted trade network, with no group among the ranked", () => {
    const top = python(recipe("networkx")).split(" ");
    const groups = new Set(network.nodes.filter((n) => n.group).map((n) => n.id));
    const ids = new Set(network.nodes.map((n) => n.id));
    expect(top.length).toBeGreaterThan(1);
    for (const id of top) {
      expect(ids.has(id)).toBe(true);
      expect(groups.has(id)).toBe(false);
    }
  });
});
