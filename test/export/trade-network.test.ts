/**
 * The network view read as a data scientist would: networkx builds the weighted trade network
 * of one flow and period and ranks it with PageRank, and pandas derives the same edges from
 * the tidy facts.csv on its own (whole trade only, groups left out, one edge per reporter,
 * counterpart, period, flow and currency, the largest value kept): the two must agree.
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
import { GROUP_KINDS } from "../../src/graph/entity-groups.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { openTestDatabase } from "../support/database.js";
import { DEBIAN_PYTHON } from "../support/networkx.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"];
const RECIPE = resolve(import.meta.dirname, "../support/network-recipe.py");
const folder = mkdtempSync(join(tmpdir(), "trade-kg-network-"));
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

interface RecipeResult {
  edges: number;
  nodes: number;
  groupNodes: number;
  distinctKeys: number;
  sameAsPandas: boolean;
  pandasEdges: number;
  slice: string[];
  sliceEdges: number;
  rankedNodes: number;
  top: string[];
  topGroups: string[];
}

function runRecipe(networkJson: string, tables: string): RecipeResult {
  const output = execFileSync(
    DEBIAN_PYTHON,
    [RECIPE, networkJson, join(tables, "facts.csv"), join(tables, "nodes.csv")],
    { encoding: "utf8" },
  );
  return JSON.parse(output) as RecipeResult;
}

async function groupEntitiesInTrade(): Promise<number> {
  const result = await db.read(
    `RETURN COUNT { (:TradeFact)-[:REPORTER|PARTNER|COMMODITY]->(e:Entity)
       WHERE e.kind IN $kinds[e.type] } AS n`,
    { kinds: GROUP_KINDS },
  );
  return Number(result.records[0].get("n"));
}

describe("trade network view", () => {
  it("gives networkx one weighted edge per key, no groups, the edges pandas derives from facts.csv", async () => {
    expect(await groupEntitiesInTrade()).toBeGreaterThan(0);
    const network = await exportTo("json", { view: "network", edges: "trade" }, "network.json");
    const tables = await exportTo("csv", {}, "tables");
    const result = runRecipe(network.path, tables.path);
    expect(result.edges).toBe(network.counts.edges);
    expect(result.edges).toBeGreaterThan(0);
    expect(result.distinctKeys).toBe(result.edges);
    expect(result.groupNodes).toBe(0);
    expect(result.pandasEdges).toBe(result.edges);
    expect(result.sameAsPandas).toBe(true);
    expect(result.sliceEdges).toBeGreaterThan(0);
    expect(result.rankedNodes).toBeGreaterThan(1);
    expect(result.topGroups).toEqual([]);
  });

  it("keeps groups, flagged, with includeGroups", async () => {
    const without = await exportTo("json", { view: "network", edges: "trade" }, "plain.json");
    const withGroups = await exportTo(
      "json",
      { view: "network", edges: "trade", includeGroups: "true" },
      "groups.json",
    );
    const data = JSON.parse(readFileSync(withGroups.path, "utf8")) as {
      nodes: { id: string; group: boolean }[];
      links: { source: string; target: string }[];
    };
    const groups = new Set(data.nodes.filter((n) => n.group).map((n) => n.id));
    const result = await db.read(
      "RETURN COUNT { (e:Entity) WHERE e.kind IN $kinds[e.type] } AS n",
      { kinds: GROUP_KINDS },
    );
    expect(groups.size).toBe(Number(result.records[0].get("n")));
    const touching = data.links.filter((l) => groups.has(l.source) || groups.has(l.target));
    expect(touching.length).toBeGreaterThan(0);
    expect(withGroups.counts.edges).toBe(without.counts.edges + touching.length);
    expect(withGroups.counts.nodes).toBe(without.counts.nodes + groups.size);
  });
});
