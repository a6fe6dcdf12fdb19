/**
 * Tidy Parquet: each table a Parquet file (hyparquet-writer) with typed columns — strings as
 * UTF8, longs as INT64, doubles, booleans, dates as DATE — every column optional. Rows are
 * gathered into row groups of ROW_GROUP rows; each group is encoded and its bytes handed to
 * the sink (awaited) before the next is gathered, so memory holds one row group at a time.
 */
import { ByteWriter, ParquetWriter, type SchemaElement } from "hyparquet-writer";
import type { OutputSink } from "../text-sink.js";
import type { TidyTable, TidyType, TidyValue } from "../tidy/columns.js";
import type { TableFormat } from "./tidy-bundle.js";

export const ROW_GROUP = 10_000;
const DAY_MS = 86_400_000;

const SCHEMA: Record<TidyType, Omit<SchemaElement, "name">> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  long: { type: "INT64" },
  double: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
  date: { type: "INT32", converted_type: "DATE" },
};

/** A table cell as hyparquet-writer takes it for the column's physical type. */
function parquetValue(type: TidyType, value: TidyValue): unknown {
  if (value === null) return null;
  switch (type) {
    case "long":
      return BigInt(Math.round(Number(value)));
    case "date":
      return Math.round(Date.parse(`${value}T00:00:00Z`) / DAY_MS);
    default:
      return value;
  }
}

/** A ByteWriter whose bytes go to the sink at each flush instead of piling up. */
function sinkWriter(out: OutputSink): ByteWriter {
  const writer = new ByteWriter();
  const flush = async () => {
    const bytes = new Uint8Array(writer.buffer, 0, writer.index).slice();
    writer.index = 0;
    if (bytes.length > 0) await out.write(bytes);
  };
  return Object.assign(writer, { flush, finish: flush });
}

function schemaOf(table: TidyTable<unknown>): SchemaElement[] {
  return [
    { name: "root", num_children: table.columns.length },
    ...table.columns.map(
      (c): SchemaElement => ({ name: c.name, repetition_type: "OPTIONAL", ...SCHEMA[c.type] }),
    ),
  ];
}

export const PARQUET_TABLES: TableFormat = {
  extension: "parquet",
  async open(table, sink) {
    const writer = new ParquetWriter({
      writer: sinkWriter(sink),
      schema: schemaOf(table),
      createdBy: "trade-kg",
    });
    let columns: unknown[][] = table.columns.map(() => []);
    let gathered = 0;
    const writeGroup = async () => {
      if (gathered === 0) return;
      const columnData = table.columns.map((c, i) => ({
        name: c.name,
        data: columns[i],
      }));
      columns = table.columns.map(() => []);
      gathered = 0;
      await writer.write({ columnData, rowGroupSize: ROW_GROUP } as Parameters<
        ParquetWriter["write"]
      >[0]);
    };
    return {
      async row(values) {
        values.forEach((value, i) => {
          columns[i].push(parquetValue(table.columns[i].type, value));
        });
        gathered += 1;
        if (gathered >= ROW_GROUP) await writeGroup();
      },
      async close() {
        await writeGroup();
        await writer.finish();
      },
    };
  },
};
