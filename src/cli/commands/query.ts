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
    .command("query")
    .description("run a read-only Cypher query and print its rows as JSON")
    .argument(
      "<cypher>",
      "the statement; writes, LOAD CSV, dbms procedures and the like are refused",
    )
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
        cypher: string,
        options: { param: Record<string, unknown>; limit: number; timeout: number },
      ) => {
        const config = configFromEnvironment();
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
