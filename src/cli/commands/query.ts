/**
 * `trade-kg query 'CYPHER' [--param k=v]...`: analysts' read-only Cypher from the shell.
 * Prints one JSON object {columns, rows, truncated}; values as documented in
 * src/graph/analyst-cypher.ts. `--param k=v` reads v as JSON when it parses (numbers, lists,
 * quoted strings) and as a plain string otherwise.
 */
import type { Command } from "commander";
import { expectedGot, TradeKgError } from "../../core/errors.js";
import { runAnalystQuery } from "../../graph/analyst-cypher.js";
import { connectGraph } from "../../graph/connect.js";
import { listSavedQueries } from "../../graph/saved-queries.js";
import { configFromEnvironment, info } from "../runtime.js";

function collectParam(pair: string, params: Record<string, unknown>): Record<string, unknown> {
  const eq = pair.indexOf("=");
  if (eq <= 0) throw new TradeKgError("BAD_USER_INPUT", expectedGot("--param", "name=value", pair));
  const name = pair.slice(0, eq);
  const raw = pair.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // a plain string
  }
  return { ...params, [name]: value };
}

/** The statement to run: the argument, or a saved query by name; exactly one of them. */
function resolveStatement(text: string | undefined, saved: string | undefined): string {
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
    return query.cypher;
  }
  if (!text)
    throw new TradeKgError(
      "BAD_USER_INPUT",
      "give a Cypher statement, or --saved NAME (`trade-kg queries` lists them)",
    );
  return text;
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

  program
    .command("query")
    .description("run a read-only Cypher query (or --saved NAME) and print its rows as JSON")
    .argument(
      "[cypher]",
      "the statement; writes, LOAD CSV, dbms procedures and the like are refused",
    )
    .option("--saved <name>", "run a saved query from cypher/queries (see `trade-kg queries`)")
    .option(
      "--param <name=value>",
      "a query parameter (repeatable); JSON values are parsed",
      collectParam,
      {},
    )
    .option(
      "--limit <rows>",
      "at most this many rows (default 1000)",
      positiveInteger("--limit", 100_000),
      1000,
    )
    .option(
      "--timeout <ms>",
      "stop the query after this long (default 10000)",
      positiveInteger("--timeout", 600_000),
      10_000,
    )
    .action(
      async (
        text: string | undefined,
        options: { param: Record<string, unknown>; limit: number; timeout: number; saved?: string },
      ) => {
        const config = configFromEnvironment();
        // The CLI runs on the machine itself, so `key` lets it query; only `off` stops it.
        if (config.cypherMode === "off") {
          throw new TradeKgError(
            "CYPHER_DISABLED",
            "analysts' Cypher is turned off (TRADE_KG_CYPHER=off); unset it or set key or open",
          );
        }
        const cypher = resolveStatement(text, options.saved);
        const connection = await connectGraph(config, { log: info });
        try {
          const result = await runAnalystQuery(connection.db, cypher, options.param, {
            rowLimit: options.limit,
            timeoutMs: options.timeout,
          });
          process.stdout.write(`${JSON.stringify(result)}\n`);
          if (result.truncated) info(`only the first ${options.limit} rows; --limit raises it`);
        } finally {
          await connection.close();
        }
      },
    );
}
