/**
 * How `trade-kg query` prints its rows: JSON (one object, for scripts), an aligned text table
 * (for reading), or CSV with a header (for spreadsheets and pandas). Nodes, relationships,
 * paths, lists and maps fill a table or CSV cell as compact JSON; null is an empty cell.
 */
import { stringify } from "csv-stringify/sync";
import { expectedGot, TradeKgError } from "../core/errors.js";

export const ROW_FORMATS = ["json", "table", "csv"] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

export interface QueryRows {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

export function parseRowFormat(text: string): RowFormat {
  const format = ROW_FORMATS.find((candidate) => candidate === text.trim().toLowerCase());
  if (!format)
    throw new TradeKgError(
      "BAD_USER_INPUT",
      expectedGot("--format", ROW_FORMATS.join(" | "), text),
    );
  return format;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function table(result: QueryRows): string {
  const lines = [
    result.columns,
    ...result.rows.map((row) => result.columns.map((column) => cell(row[column]))),
  ].map((line) => line.map((text) => text.replace(/\s+/g, " ")));
  const widths = result.columns.map((_, i) => Math.max(...lines.map((line) => line[i].length)));
  const render = (line: string[]) =>
    line
      .map((text, i) => text.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  const [header, ...body] = lines;
  return [render(header), render(widths.map((w) => "-".repeat(w))), ...body.map(render)]
    .map((line) => `${line}\n`)
    .join("");
}

export function formatRows(result: QueryRows, format: RowFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(result)}\n`;
    case "table":
      return table(result);
    case "csv":
      return stringify(
        result.rows.map((row) => result.columns.map((column) => cell(row[column]))),
        { header: true, columns: result.columns },
      );
  }
}
