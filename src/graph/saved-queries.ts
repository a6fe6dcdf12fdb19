/**
 * The analysts' saved queries in cypher/queries/: each a .cypher file whose header comment
 * says what it answers (`//` lines), its parameters (`// @param name description`) and an
 * example parameter set (`// @example {json}`). Reading the header here lets tools list
 * them and lets the tests run every one of them with its own example.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { projectPath } from "../config/project-root.js";
import type { CallOptions, Database } from "./database.js";

const QUERY_DIR = projectPath("cypher/queries");

export interface SavedQuery {
  name: string;
  description: string;
  params: { name: string; description: string }[];
  example: Record<string, unknown>;
  cypher: string;
}

export function parseSavedQuery(name: string, source: string): SavedQuery {
  const lines = source.split("\n");
  const header = lines
    .filter((line) => line.startsWith("//"))
    .map((line) => line.replace(/^\/\/\s?/, ""));
  const params = header
    .filter((line) => line.startsWith("@param "))
    .map((line) => {
      const [, paramName, description] = /^@param\s+(\w+)\s*(.*)$/.exec(line) ?? [];
      return { name: paramName, description: description.trim() };
    });
  const exampleLine = header.find((line) => line.startsWith("@example "));
  return {
    name,
    description: header
      .filter((line) => !line.startsWith("@"))
      .join(" ")
      .trim(),
    params,
    example: exampleLine
      ? (JSON.parse(exampleLine.slice("@example ".length)) as Record<string, unknown>)
      : {},
    cypher: lines
      .filter((line) => !line.startsWith("//"))
      .join("\n")
      .trim(),
  };
}

export function listSavedQueries(): SavedQuery[] {
  return readdirSync(QUERY_DIR)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .map((file) =>
      parseSavedQuery(basename(file, ".cypher"), readFileSync(join(QUERY_DIR, file), "utf8")),
    );
}

/** Runs a saved query in a read transaction; its rows as plain objects. */
export async function runSavedQuery(
  db: Database,
  query: SavedQuery,
  params: Record<string, unknown>,
  options: CallOptions = {},
): Promise<Record<string, unknown>[]> {
  const result = await db.read(query.cypher, params, options);
  return result.records.map((record) => record.toObject());
}
