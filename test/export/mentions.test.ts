/**
 * Mentions as an optional edge kind: every document → entity MENTIONS edge with its count of
 * mentions, the documents as nodes, read back by networkx (node-link JSON) and pandas (tidy
 * CSV, where no edge may point outside nodes.csv).
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportSubgraph } from "../../src/export/export-subgraph.js";
import { parseSelection, type RawSelection } from "../../src/export/selection.js";
import { streamTextSink } from "../../src/export/text-sink.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { openTestDatabase } from "../support/database.js";
import { DEBIAN_PYTHON, readWithNetworkx } from "../support/networkx.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"];
const folder = mkdtempSync(join(tmpdir(), "trade-kg-mentions-"));
const db = openTestDatabase();

beforeAll(async () => {
  for (const path of SEEDS)
    await ingestDocument(db, { bytes: readFileSync(resolve(ROOT, path)), source: path });
});
afterAll(async () => {
  await db.close();
  rmSync(folder, { recursive: true, force: true });
});

async function exportTo(format: "json" | "csv", raw: RawSelection, name: string) {
  const path = join(folder, name);
  const streams: ReturnType<typeof createWriteStream>[] = [];
  const open = (file: string) => {
    const stream = createWriteStream(file);
    streams.push(stream);
    return streamTextSink(stream);
  };
  if (format === "csv") mkdirSync(path);
  const counts = await exportSubgraph(
    db,
    parseSelection(raw),
    format,
    format === "csv"
      ? { kind: "files", open: (file) => open(join(path, file)) }
      : { kind: "stream", sink: open(path) },
  );
  for (const s of streams) s.end();
  await Promise.all(streams.map((s) => finished(s)));
  return { path, counts };
}

async function databaseMentions() {
  const result = await db.read(
    `MATCH (d:Document)-[m:MENTIONS]->(:Entity)
     RETURN count(m) AS edges, sum(size(m.starts)) AS mentions, count(DISTINCT d) AS documents`,
  );
  const row = result.records[0];
  return {
    edges: Number(row.get("edges")),
    mentions: Number(row.get("mentions")),
    documents: Number(row.get("documents")),
  };
}

describe("mentions edge kind", () => {
  it("exports every MENTIONS edge with its count, and its documents as nodes, for networkx", async () => {
    const expected = await databaseMentions();
    expect(expected.edges).toBeGreaterThan(0);
    const { path, counts } = await exportTo(
      "json",
      { edges: "mentions", view: "entities" },
      "m.json",
    );
    const read = readWithNetworkx("json", path);
    expect(counts.nodes).toBe(read.nodes);
    expect(read.edgeTypes).toEqual({ MENTIONS: expected.edges });
    const perEdge = Object.values(read.edgeAttributes).map((e) => Number(e.count));
    expect(perEdge.reduce((a, b) => a + b, 0)).toBe(expected.mentions);
    expect(perEdge.every((c) => c >= 1)).toBe(true);
    const documents = Object.values(read.nodeAttributes).filter((n) => n.label === "Document");
    expect(documents.length).toBe(expected.documents);
  });

  it("adds mention rows to the tidy tables with every end in nodes.csv", async () => {
    const { path, counts } = await exportTo("csv", { edges: "trade,mentions" }, "tables");
    const expected = await databaseMentions();
    const script = `
import sys, pandas as pd
nodes = pd.read_csv(sys.argv[1] + "/nodes.csv")
edges = pd.read_csv(sys.argv[1] + "/edges.csv")
ids = set(nodes["id"])
m = edges[edges["type"] == "MENTIONS"]
dangling = int((~edges["source"].isin(ids) | ~edges["target"].isin(ids)).sum())
print(len(m), int(m["mention_count"].sum()), int((nodes["type"] == "Document").sum()), dangling)`;
    const output = execFileSync(DEBIAN_PYTHON, ["-c", script, path], { encoding: "utf8" });
    expect(output.trim()).toBe(`${expected.edges} ${expected.mentions} ${expected.documents} 0`);
    expect(counts.facts).toBeGreaterThan(0);
  });
});
