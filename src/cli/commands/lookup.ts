/**
 * `trade-kg search TEXT` and `trade-kg documents`: how an analyst at the shell finds the ids
 * that the saved queries, `export --center` and GraphQL take, without writing Cypher.
 * `search` runs the same full-text search as GraphQL's `search(text)` (names and every alias
 * seen); `documents` lists what is ingested. Rows print as a table by default, or as JSON or
 * CSV (`--format`).
 */
import type { Command } from "commander";
import { ENTITY_TYPES, type EntityType } from "../../core/contract.js";
import { expectedGot, TradeKgError } from "../../core/errors.js";
import { listDocuments } from "../../graph/reads/document-reads.js";
import { searchEntities } from "../../graph/reads/entities.js";
import { addStartDbOption, type DatabaseFlags, openGraph } from "../database-option.js";
import { formatRows, parseRowFormat, ROW_FORMATS, type RowFormat } from "../row-formats.js";
import { configFromEnvironment } from "../runtime.js";

interface LookupFlags extends DatabaseFlags {
  limit: number;
  format: RowFormat;
}

function rowLimit(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 100)
    throw new TradeKgError(
      "BAD_USER_INPUT",
      expectedGot("--limit", "an integer from 1 to 100", text),
    );
  return value;
}

function entityTypes(text: string): EntityType[] {
  const types = text.split(",").map((t) => t.trim());
  for (const type of types)
    if (!(ENTITY_TYPES as readonly string[]).includes(type))
      throw new TradeKgError(
        "BAD_USER_INPUT",
        expectedGot("--type", ENTITY_TYPES.join(", "), type),
      );
  return types as EntityType[];
}

function withOutputOptions(command: Command, defaultLimit: number): Command {
  return addStartDbOption(
    command
      .option("--limit <n>", "at most this many rows (1 to 100)", rowLimit, defaultLimit)
      .option("--format <format>", ROW_FORMATS.join(" | "), parseRowFormat, "table" as RowFormat),
  );
}

export function registerLookupCommands(program: Command): void {
  withOutputOptions(
    program
      .command("search")
      .description("find entities by name or alias (every word, exactly or as a prefix): their ids")
      .argument("<text>", "words of the name, e.g. 'belt road' or China")
      .option(
        "--type <types>",
        `only these entity types, comma-separated (${ENTITY_TYPES.join(", ")})`,
        entityTypes,
      ),
    20,
  ).action(async (text: string, options: LookupFlags & { type?: EntityType[] }) => {
    const connection = await openGraph(configFromEnvironment(), options);
    try {
      const page = await searchEntities(connection.db, text, options.type ?? null, {
        first: options.limit,
        after: null,
      });
      const rows = page.rows.map(({ entity }) => ({
        id: entity.id,
        type: entity.type,
        kind: entity.kind,
        name: entity.name,
        aliases: entity.aliases.filter((a) => a !== entity.name).join("; "),
      }));
      const columns = ["id", "type", "kind", "name", "aliases"];
      process.stdout.write(
        formatRows({ columns, rows, truncated: page.hasNextPage }, options.format),
      );
    } finally {
      await connection.close();
    }
  });

  withOutputOptions(
    program
      .command("documents")
      .description("list the ingested documents (by id): id, date, source, title"),
    100,
  ).action(async (options: LookupFlags) => {
    const connection = await openGraph(configFromEnvironment(), options);
    try {
      const page = await listDocuments(connection.db, { first: options.limit, after: null });
      const rows = page.rows.map((d) => ({
        id: d.id,
        date: d.date,
        source: d.source,
        title: d.title,
      }));
      const columns = ["id", "date", "source", "title"];
      process.stdout.write(
        formatRows({ columns, rows, truncated: page.hasNextPage }, options.format),
      );
    } finally {
      await connection.close();
    }
  });
}
