/**
 * Tidy CSV: nodes.csv, edges.csv and facts.csv (src/export/tidy/columns.ts says what is in
 * each) with plain headers, then metadata.json naming the snapshot, the selection and each
 * table's columns, types and row count. Files are opened strictly one after another and each
 * is complete before the next opens, so a zip can stream them as entries in that order.
 * Rows go out as they come: nothing is held but the current row.
 */
import { stringify } from "csv-stringify/sync";
import type {
  FactTableRow,
  SubgraphEdge,
  SubgraphInfo,
  SubgraphNode,
} from "../../graph/subgraph.js";
import type { TextSink } from "../text-sink.js";
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
export type NextFile = (fileName: string) => TextSink;

const TABLES = [NODE_TABLE, EDGE_TABLE, FACT_TABLE] as TidyTable<unknown>[];

function csvCell(value: TidyValue): string {
  return value === null ? "" : String(value);
}

export function tidyCsvWriter(
  next: NextFile,
  metadata: Record<string, unknown>,
): GraphWriter & { fact(row: FactTableRow): Promise<void> } {
  const rows = new Map<string, number>();
  let current: { table: TidyTable<unknown>; sink: TextSink } | null = null;
  let snapshot = "";
  /** Moves on to `table`, opening (with its header) every table before it not yet opened. */
  const tableSink = async (table: TidyTable<unknown>): Promise<TextSink> => {
    while (current?.table !== table) {
      const index = current ? TABLES.indexOf(current.table) + 1 : 0;
      const opening = TABLES[index];
      const sink = next(`${opening.name}.csv`);
      await sink.write(stringify([opening.columns.map((c) => c.name)]));
      rows.set(opening.name, 0);
      current = { table: opening, sink };
    }
    return current.sink;
  };
  const write = async <Row>(table: TidyTable<Row>, row: Row) => {
    const sink = await tableSink(table as TidyTable<unknown>);
    rows.set(table.name, (rows.get(table.name) ?? 0) + 1);
    await sink.write(stringify([rowOf(table, row).map(csvCell)]));
  };
  return {
    async start(info: SubgraphInfo) {
      snapshot = info.snapshot;
    },
    node: (node: SubgraphNode) => write(NODE_TABLE, node),
    edge: (edge: SubgraphEdge) => write(EDGE_TABLE, edge),
    fact: (row: FactTableRow) => write(FACT_TABLE, row),
    async finish() {
      await tableSink(FACT_TABLE as TidyTable<unknown>);
      const tables = Object.fromEntries(
        TABLES.map((t) => [
          `${t.name}.csv`,
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
