/**
 * The tidy tables as Parquet, read back by DuckDB: the same rows and values as the CSV
 * tables, with Parquet's own column types (DATE, BIGINT, DOUBLE, BOOLEAN, VARCHAR); and a
 * table larger than one row group written group by group, every row there.
 */
import { createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { streamTextSink } from "../../src/export/text-sink.js";
import type { TidyTable } from "../../src/export/tidy/columns.js";
import { PARQUET_TABLES, ROW_GROUP } from "../../src/export/writers/tidy-parquet.js";
import { seededExportSuite } from "../support/seeded-exports.js";
import { duckdbDescribe, duckdbQuery } from "../support/tidy-readers.js";

const { folder, exportTo } = seededExportSuite("parquet");

const FACT_SUMMARY = (relation: string) => `
  SELECT count(*) AS n, count(partner_id) AS partners, sum(value_amount) AS value,
    round(sum(change_pct), 6) AS change, min(period_start)::VARCHAR AS first,
    max(period_end)::VARCHAR AS last, string_agg(fact_id, ',' ORDER BY fact_id) AS ids
  FROM ${relation}`;

describe("tidy Parquet export", () => {
  it("holds the CSV tables' rows and values, with Parquet column types", async () => {
    const csv = (await exportTo("csv", {}, "csv")).path;
    const parquet = (await exportTo("parquet", {}, "parquet")).path;
    const metadata = JSON.parse(readFileSync(join(parquet, "metadata.json"), "utf8"));
    for (const table of ["nodes", "edges", "facts"]) {
      const read = await duckdbDescribe(`read_parquet('${join(parquet, `${table}.parquet`)}')`);
      const fromCsv = await duckdbDescribe(`read_csv_auto('${join(csv, `${table}.csv`)}')`);
      expect(read.rows).toBe(fromCsv.rows);
      expect(read.rows).toBe(metadata.tables[`${table}.parquet`].rows);
    }
    const facts = await duckdbDescribe(`read_parquet('${join(parquet, "facts.parquet")}')`);
    expect(facts.rows).toBeGreaterThan(0);
    expect(facts.types).toMatchObject({
      fact_id: "VARCHAR",
      period_start: "DATE",
      period_end: "DATE",
      value_amount: "BIGINT",
      change_pct: "DOUBLE",
    });
    const nodes = await duckdbDescribe(`read_parquet('${join(parquet, "nodes.parquet")}')`);
    expect(nodes.types.group).toBe("BOOLEAN");
    const [fromParquet] = await duckdbQuery(
      FACT_SUMMARY(`read_parquet('${join(parquet, "facts.parquet")}')`),
    );
    const [fromCsv] = await duckdbQuery(FACT_SUMMARY(`read_csv_auto('${join(csv, "facts.csv")}')`));
    expect(fromParquet).toEqual(fromCsv);
  });

  it("writes a table of several row groups with every row", async () => {
    const table: TidyTable<number> = {
      name: "numbers",
      columns: [
        { name: "n", type: "long", value: (i) => i },
        { name: "half", type: "double", value: (i) => (i % 7 === 0 ? null : i / 2) },
        { name: "day", type: "date", value: (i) => (i % 2 ? "2024-02-29" : "1999-12-31") },
        { name: "even", type: "boolean", value: (i) => i % 2 === 0 },
        { name: "label", type: "string", value: (i) => `row ${i}` },
      ],
    };
    const rows = ROW_GROUP * 2 + 123;
    const path = join(folder, "numbers.parquet");
    const stream = createWriteStream(path);
    const file = await PARQUET_TABLES.open(table as TidyTable<unknown>, streamTextSink(stream));
    for (let i = 0; i < rows; i++)
      await file.row(table.columns.map((c) => c.value(i)) as (string | number | boolean | null)[]);
    await file.close();
    stream.end();
    await finished(stream);
    const [summary] = await duckdbQuery(
      `SELECT count(*) AS n, sum(n) AS total, count(half) AS halves, sum(even::INT) AS evens,
         count(DISTINCT day) AS days, max(day)::VARCHAR AS last, max(label) AS label
       FROM read_parquet('${path}')`,
    );
    expect(summary).toEqual({
      n: rows,
      total: (rows * (rows - 1)) / 2,
      halves: rows - Math.ceil(rows / 7),
      evens: Math.ceil(rows / 2),
      days: 2,
      last: "2024-02-29",
      label: "row 9999",
    });
    const [groups] = await duckdbQuery(
      `SELECT count(DISTINCT row_group_id) AS groups FROM parquet_metadata('${path}')`,
    );
    expect(groups.groups).toBe(3);
  });
});
