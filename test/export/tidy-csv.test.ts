/**
 * The tidy CSV tables (nodes.csv, edges.csv, facts.csv) read back by pandas and DuckDB with
 * the row counts the database holds and the declared column types, and metadata.json naming
 * the snapshot and each table's rows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PREDICATES } from "../../src/core/contract.js";
import { readSnapshotId, SNAPSHOT_ID_PATTERN } from "../../src/graph/snapshot.js";
import { seededExportSuite } from "../support/seeded-exports.js";
import { duckdbDescribe, readWithPandas } from "../support/tidy-readers.js";

const { db, exportTo } = seededExportSuite("tidy");

/** The whole graph's rows as Cypher counts them, independently of the export's queries. */
async function databaseRows() {
  const result = await db.read(
    `RETURN COUNT { (:Entity) } AS nodes, COUNT { (:TradeFact) } AS facts,
       COUNT { (:TradeFact)-[:PARTNER|COMMODITY]->() }
         + COUNT { (:Entity)-[:${PREDICATES.join("|")}]->(:Entity) } AS edges`,
  );
  const row = result.records[0];
  return {
    nodes: Number(row.get("nodes")),
    edges: Number(row.get("edges")),
    facts: Number(row.get("facts")),
  };
}

describe("tidy CSV export", () => {
  it("writes nodes, edges and facts with the database's row counts, and says so in metadata.json", async () => {
    const { path: out, counts } = await exportTo("csv", {}, "all");
    const expected = await databaseRows();
    expect(expected.facts).toBeGreaterThan(10);
    expect({ nodes: counts.nodes, edges: counts.edges, facts: counts.facts }).toEqual(expected);
    const metadata = JSON.parse(readFileSync(join(out, "metadata.json"), "utf8"));
    expect(metadata.snapshot).toMatch(SNAPSHOT_ID_PATTERN);
    expect(metadata.snapshot).toBe(await readSnapshotId(db));
    expect(metadata.tables["nodes.csv"].rows).toBe(expected.nodes);
    expect(metadata.tables["edges.csv"].rows).toBe(expected.edges);
    expect(metadata.tables["facts.csv"].rows).toBe(expected.facts);
  });

  it("reads back in pandas: one line per table, dates parsed, lists as JSON text", async () => {
    const { path: out } = await exportTo("csv", {}, "pandas");
    const expected = await databaseRows();
    const tables = readWithPandas(out);
    expect(Object.keys(tables).sort()).toEqual(["edges.csv", "facts.csv", "nodes.csv"]);
    expect(tables["nodes.csv"].rows).toBe(expected.nodes);
    expect(tables["edges.csv"].rows).toBe(expected.edges);
    expect(tables["facts.csv"].rows).toBe(expected.facts);
    expect(tables["nodes.csv"].dtypes.group).toBe("bool");
    expect(tables["facts.csv"].dtypes.period_start).toBe("datetime64[ns]");
    expect(tables["facts.csv"].dtypes.period_end).toBe("datetime64[ns]");
    expect(tables["facts.csv"].dtypes.change_pct).toBe("float64");
    for (const table of Object.values(tables)) expect(table.badJson).toBe(0);
  });

  it("reads back in DuckDB with the declared column types", async () => {
    const { path: out } = await exportTo("csv", {}, "duckdb");
    const expected = await databaseRows();
    const nodes = await duckdbDescribe(`read_csv_auto('${join(out, "nodes.csv")}')`);
    const edges = await duckdbDescribe(`read_csv_auto('${join(out, "edges.csv")}')`);
    const facts = await duckdbDescribe(`read_csv_auto('${join(out, "facts.csv")}')`);
    expect([nodes.rows, edges.rows, facts.rows]).toEqual([
      expected.nodes,
      expected.edges,
      expected.facts,
    ]);
    expect(nodes.types.group).toBe("BOOLEAN");
    expect(facts.types.period_start).toBe("DATE");
    expect(facts.types.period_end).toBe("DATE");
    expect(facts.types.value_amount).toBe("BIGINT");
    expect(edges.types.period_start).toBe("DATE");
  });

  it("narrows all three tables to a selection", async () => {
    const { path: out, counts } = await exportTo(
      "csv",
      { edges: "trade", flow: "EXPORT" },
      "exports",
    );
    const result = await db.read("RETURN COUNT { (:TradeFact {flow: 'EXPORT'}) } AS facts");
    const facts = Number(result.records[0].get("facts"));
    expect(facts).toBeGreaterThan(0);
    expect(counts.facts).toBe(facts);
    const tables = readWithPandas(out);
    expect(tables["facts.csv"].rows).toBe(facts);
    expect(tables["edges.csv"].rows).toBe(counts.edges);
  });
});
