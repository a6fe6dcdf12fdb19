/**
 * The tidy tables (src/export/tidy/columns.ts) as a bundle of files, in a table format (CSV,
 * Parquet): nodes, edges and facts, then metadata.json naming the snapshot, the selection
 * and each table's columns, types and row count. Files are opened strictly one after another
 * and each is complete before the next opens, so a zip can stream them as entries in order.
 * What a table holds in memory is its format's business (a CSV row, a Parquet row group).
 */
import type {
  FactTableRow,
  SubgraphEdge,
  SubgraphInfo,
  SubgraphNode,
} from "../../graph/subgraph.js";
import type { OutputSink } from "../text-sink.js";
import {
  EDGE_TABLE,
  FACT_TABLE,
  NODE_TABLE,
  rowOf,
  type TidyTable,
  type TidyValue,
} from "../tidy/columns.js";
import type { GraphWriter } from "./writer.js";

/** Opens the next file of a bundle; opening one means every earlier one is complete. */
export type NextFile = (fileName: string) => OutputSink;

export interface TableFile {
  row(values: TidyValue[]): Promise<void>;
  /** Everything of the table written to its sink (before the next file opens). */
  close(): Promise<void>;
}

export interface TableFormat {
  extension: string;
  open(table: TidyTable<unknown>, sink: OutputSink): Promise<TableFile>;
}

const TABLES = [NODE_TABLE, EDGE_TABLE, FACT_TABLE] as TidyTable<unknown>[];

export function tidyBundleWriter(
  format: TableFormat,
  next: NextFile,
  metadata: Record<string, unknown>,
): GraphWriter & { fact(row: FactTableRow): Promise<void> } {
  const rows = new Map<string, number>();
  let current: { table: TidyTable<unknown>; file: TableFile } | null = null;
  let snapshot = "";
  const fileName = (table: TidyTable<unknown>) => `${table.name}.${format.extension}`;
  /** Moves on to `table`, opening every table before it not yet opened. */
  const tableFile = async (table: TidyTable<unknown>): Promise<TableFile> => {
    while (current?.table !== table) {
      await current?.file.close();
      const opening = TABLES[current ? TABLES.indexOf(current.table) + 1 : 0];
      rows.set(opening.name, 0);
      current = { table: opening, file: await format.open(opening, next(fileName(opening))) };
    }
    return current.file;
  };
  const write = async <Row>(table: TidyTable<Row>, row: Row) => {
    const file = await tableFile(table as TidyTable<unknown>);
    rows.set(table.name, (rows.get(table.name) ?? 0) + 1);
    await file.row(rowOf(table, row));
  };
  return {
    async start(info: SubgraphInfo) {
      snapshot = info.snapshot;
    },
    node: (node: SubgraphNode) => write(NODE_TABLE, node),
    edge: (edge: SubgraphEdge) => write(EDGE_TABLE, edge),
    fact: (row: FactTableRow) => write(FACT_TABLE, row),
    async finish() {
      await (await tableFile(FACT_TABLE as TidyTable<unknown>)).close();
      const tables = Object.fromEntries(
        TABLES.map((t) => [
          fileName(t),
          {
            rows: rows.get(t.name) ?? 0,
            columns: t.columns.map(({ name, type }) => ({ name, type })),
          },
        ]),
      );
      const file = next("metadata.json");
      await file.write(`${JSON.stringify({ snapshot, ...metadata, tables }, null, 2)}\n`);
    },
  };
}
