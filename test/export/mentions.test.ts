/**
 * Mentions as an optional edge kind: every document → entity MENTIONS edge with its count of
 * mentions, the documents as nodes, read back by networkx (node-link JSON) and pandas (tidy
 * CSV, where no edge may point outside nodes.csv).
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEBIAN_PYTHON, readWithNetworkx } from "../support/networkx.js";
import { seededExportSuite } from "../support/seeded-exports.js";

const { db, exportTo } = seededExportSuite("mentions");

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
