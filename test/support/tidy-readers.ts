/**
 * Reads the tidy tables back as data scientists do: pandas (Debian's python3-pandas) and
 * DuckDB (the @duckdb/node-api package). Each reports row counts and the column types it
 * inferred, so tests compare them with the database and the declared types.
 */
import { execFileSync } from "node:child_process";
import { DuckDBInstance } from "@duckdb/node-api";
import { DEBIAN_PYTHON } from "./networkx.js";

export interface PandasTable {
  rows: number;
  columns: string[];
  dtypes: Record<string, string>;
  /** Cells of the JSON-text columns that do not parse as a JSON list. */
  badJson: number;
}

const PANDAS = `
import json, sys, zipfile, io
import pandas as pd
source, json_columns = sys.argv[1], sys.argv[2].split(",")
tables = {}
def frames():
    if source.endswith(".zip"):
        with zipfile.ZipFile(source) as z:
            for name in z.namelist():
                if name.endswith(".csv"):
                    yield name.split("/")[-1], z.read(name)
    else:
        import os
        for name in sorted(os.listdir(source)):
            if name.endswith(".csv"):
                with open(os.path.join(source, name), "rb") as f:
                    yield name, f.read()
for name, data in frames():
    dates = [c for c in ("period_start", "period_end", "baseline_start", "baseline_end")]
    head = pd.read_csv(io.BytesIO(data), nrows=0).columns
    df = pd.read_csv(io.BytesIO(data), parse_dates=[c for c in dates if c in head])
    bad = 0
    for c in json_columns:
        if c in df.columns:
            bad += sum(0 if isinstance(json.loads(v), list) else 1 for v in df[c])
    tables[name] = {"rows": len(df), "columns": list(df.columns),
                    "dtypes": {c: str(t) for c, t in df.dtypes.items()}, "badJson": bad}
print(json.dumps(tables))
`;

/** Every .csv in a folder or a zip, read with pandas.read_csv (dates parsed). */
export function readWithPandas(source: string): Record<string, PandasTable> {
  const output = execFileSync(DEBIAN_PYTHON, ["-c", PANDAS, source, "aliases,documents"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as Record<string, PandasTable>;
}

export interface DuckTable {
  rows: number;
  types: Record<string, string>;
}

/** Runs SQL in an in-memory DuckDB and returns its rows as objects (bigints as numbers). */
export async function duckdbQuery(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader
      .getRowObjectsJS()
      .map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]),
        ),
      );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A table as DuckDB reads it (`relation`, e.g. read_csv_auto('nodes.csv')): rows and types. */
export async function duckdbDescribe(relation: string): Promise<DuckTable> {
  const [count] = await duckdbQuery(`SELECT count(*) AS n FROM ${relation}`);
  const columns = await duckdbQuery(`DESCRIBE SELECT * FROM ${relation}`);
  return {
    rows: Number(count.n),
    types: Object.fromEntries(columns.map((c) => [c.column_name, c.column_type])),
  };
}
