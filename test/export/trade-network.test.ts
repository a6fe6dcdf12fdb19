/**
 * The network view read as a data scientist would: networkx builds the weighted trade network
 * of one flow and period and ranks it with PageRank, and pandas derives the same edges from
 * the tidy facts.csv on its own (whole trade only, groups left out, one edge per reporter,
 * counterpart, period, flow and currency, the largest value kept): the two must agree.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUP_KINDS } from "../../src/graph/entity-groups.js";
import { DEBIAN_PYTHON } from "../support/networkx.js";
import { seededExportSuite } from "../support/seeded-exports.js";

const RECIPE = resolve(import.meta.dirname, "../support/network-recipe.py");
const { db, exportTo } = seededExportSuite("network");

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
