/**
 * Applies cypher/schema.cypher (constraints, indexes, the full-text index). Every statement
 * there is IF NOT EXISTS, so this runs at every start; it then waits until the indexes are
 * online, because a MERGE against a constraint that is still being built would scan.
 */
import { readFileSync } from "node:fs";
import { projectPath } from "../config/project-root.js";
import type { Database } from "./database.js";

const SCHEMA_FILE = projectPath("cypher/schema.cypher");

/** The statements of a .cypher file: `;` at a line's end separates them, `//` lines are comments. */
export function cypherStatements(source: string): string[] {
  return source
    .split(/;\s*$/m)
    .map((chunk) =>
      chunk
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join("\n")
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}

export function schemaStatements(): string[] {
  return cypherStatements(readFileSync(SCHEMA_FILE, "utf8"));
}

/**
 * Schema commands cannot share a transaction with each other (Neo4j runs each schema change
 * in its own), so each statement is its own write.
 */
export async function applySchema(db: Database): Promise<{ statements: number }> {
  const statements = schemaStatements();
  for (const statement of statements) {
    await db.write(statement);
  }
  await db.write("CALL db.awaitIndexes(300)");
  return { statements: statements.length };
}
