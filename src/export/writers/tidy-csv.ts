/**
 * Tidy CSV: each table a CSV file with a plain header row, written row by row with
 * csv-stringify (which quotes what needs quoting); empty cells are nulls, booleans
 * `true`/`false`, dates ISO `YYYY-MM-DD`. Nothing is held but the current row.
 */
import { stringify } from "csv-stringify/sync";
import type { TidyValue } from "../tidy/columns.js";
import type { TableFormat } from "./tidy-bundle.js";

const cell = (value: TidyValue): string => (value === null ? "" : String(value));

export const CSV_TABLES: TableFormat = {
  extension: "csv",
  async open(table, sink) {
    await sink.write(stringify([table.columns.map((c) => c.name)]));
    return {
      row: (values) => sink.write(stringify([values.map(cell)])),
      async close() {},
    };
  },
};
