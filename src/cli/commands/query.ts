/**
 * `trade-kg query 'CYPHER' [--param k=v]...`: analysts' read-only Cypher from the shell.
 * Prints one JSON object {columns, rows, truncated}; values as documented in
 * src/graph/analyst-cypher.ts. `--param k=v` reads v as JSON when it parses (numbers, lists,
 * quoted strings) and as a plain string otherwise.
 */
import type { Command } from "commander";
import { expectedGot, TradeKgError } from "../../core/errors.js";
import { runAnalystQuery } from "../../graph/analyst-cypher.js";
import { listSavedQueries, type SavedQuery } from "../../graph/saved-queries.js";
import { addStartDbOption, type DatabaseFlags, openGraph } from "../database-option.js";
import { parseParams } from "../query-params.js";
import { formatRows, parseRowFormat, ROW_FORMATS, type RowFormat } from "../row-formats.js";
import { configFromEnvironment, info } from "../runtime.js";

/** `--param name=value`, repeatable: the raw texts, read by parseParams once the query is known. */
function collectParam(pair: string, params: Record<string, string>): Record<string, string> {
  const eq = pair.indexOf("=");
  if (eq <= 0) throw new TradeKgError("BAD_USER_INPUT", expectedGot("--param", "name=value", pair));
  return { ...params, [pair.slice(0, eq)]: pair.slice(eq + 1) };
}

/** The statement to run: the argument, or a saved query by name; exactly one of them. */
function resolveStatement(
  text: string | undefined,
  saved: string | undefined,
): { cypher: string; query: SavedQuery | null } {
  if (text && saved)
    throw new TradeKgError(
      "BAD_USER_INPUT",
      "give either a Cypher statement or --saved NAME, not both",
    );
  if (saved) {
    const query = listSavedQueries().find((q) => q.name === saved);
    if (!query) {
      const names = listSavedQueries()
        .map((q) => q.name)
        .join(", ");
      throw new TradeKgError("BAD_USER_INPUT", expectedGot("--saved", `one of ${names}`, saved));
    }
    return { cypher: query.cypher, query };
  }
  if (!text)
    throw new TradeKgError(
      "BAD_USER_INPUT",
      "give a Cypher statement, or --saved NAME (`trade-kg queries` lists them)",
    );
  return { cypher: text, query: null };
}

function positiveInteger(name: string, max: number) {
  return (text: string) => {
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < 1 || value > max)
      throw new TradeKgError(
        "BAD_USER_INPUT",
        expectedGot(name, `an integer from 1 to ${max}`, text),
      );
    return value;
  };
}

export function registerQueryCommand(program: Command): void {
  program
    .command("queries")
    .description("list the saved analyst queries in cypher/queries with their parameters")
    .action(() => {
      for (const query of listSavedQueries()) {
        process.stdout.write(`${query.name}\n  ${query.description}\n`);
        for (const param of query.params) {
          process.stdout.write(`  --param ${param.name}=…  ${param.description}\n`);
        }
        process.stdout.write(`  example: ${JSON.stringify(query.example)}\n\n`);
      }
    });

  const command = program
    .command("query")
    .description("run a read-only Cypher query (or --saved NAME) and print its rows")
    .argument(
      "[cypher]",
      "the statement; writes, LOAD CSV, dbms procedures and the like are refused",
    )
    .option("--saved <name>", "run a saved query from cypher/queries (see `trade-kg queries`)")
    .option(
      "--param <name=value>",
      "a query parameter (repeatable); a saved query's parameters take the type of its example, others are read as JSON when they parse",
      collectParam,
      {},
    )
    .option("--limit <rows>", "at most this many rows", positiveInteger("--limit", 100_000), 1000)
    .option(
      "--timeout <ms>",
      "stop the query after this long, in milliseconds",
      positiveInteger("--timeout", 600_000),
      10_000,
    )
    .option("--format <format>", ROW_FORMATS.join(" | "), parseRowFormat, "json" as RowFormat);
  addStartDbOption(command).action(
    async (
      text: string | undefined,
      options: DatabaseFlags & {
        param: Record<string, string>;
        limit: number;
        timeout: number;
        saved?: string;
        format: RowFormat;
      },
    ) => {
      const config = configFromEnvironment();
      // The CLI runs on the machine itself, so `key` lets it query; only `off` stops it.
      if (config.cypherMode === "off") {
        throw new TradeKgError(
          "CYPHER_DISABLED",
          "analysts' Cypher is turned off (TRADE_KG_CYPHER=off); unset it or set key or open",
        );
      }
      const { cypher, query } = resolveStatement(text, options.saved);
      const params = parseParams(options.param, query);
      const connection = await openGraph(config, options);
      try {
        const result = await runAnalystQuery(connection.db, cypher, params, {
          rowLimit: options.limit,
          timeoutMs: options.timeout,
        });
        process.stdout.write(formatRows(result, options.format));
        if (result.truncated) info(`only the first ${options.limit} rows; --limit raises it`);
      } finally {
        await connection.close();
      }
    },
  );
}
