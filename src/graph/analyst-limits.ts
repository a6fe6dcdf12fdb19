/**
 * Bounds on what an analyst sends with a query, checked before Neo4j sees it. Neo4j reads
 * parameters recursively: a map nested a few thousand levels overflows its stack and drops
 * the connection, so depth is bounded here, with a clear BAD_USER_INPUT instead. The walk is
 * iterative, so no input is too deep for the check itself.
 */
import { expectedGot, TradeKgError } from "../core/errors.js";
import { significantTokens } from "./cypher-tokens.js";

export const ANALYST_LIMITS = {
  /** Characters of the statement. */
  maxQueryLength: 20_000,
  /** Top-level parameters. */
  maxParams: 100,
  /** Bytes of the parameters as JSON (UTF-8). */
  maxParamsBytes: 64 * 1024,
  /** Levels of maps and lists inside the parameters ($p = {a: [1]} is 2 deep). */
  maxParamsDepth: 16,
} as const;

/** Depth of nested maps and lists; stops counting once past `limit`. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== "object") continue;
    const level = depth + 1;
    deepest = Math.max(deepest, level);
    if (level > limit) return deepest;
    for (const inner of Object.values(current)) pending.push([inner, level]);
  }
  return deepest;
}

function bad(what: string, expected: string, got: unknown): TradeKgError {
  return new TradeKgError("BAD_USER_INPUT", expectedGot(what, expected, got));
}

export function checkAnalystInputs(query: string, params: Record<string, unknown>): void {
  const limits = ANALYST_LIMITS;
  if (query.length > limits.maxQueryLength) {
    throw bad("query", `at most ${limits.maxQueryLength} characters`, `${query.length} characters`);
  }
  // Cypher's whitespace is wider than trim()'s, and a statement of comments is empty too.
  if (significantTokens(query).length === 0) {
    throw new TradeKgError(
      "BAD_USER_INPUT",
      "query: expected a Cypher statement, got only whitespace and comments",
    );
  }
  if (params === null || typeof params !== "object" || Array.isArray(params)) {
    throw bad("params", "a map of parameters by name", params);
  }
  const count = Object.keys(params).length;
  if (count > limits.maxParams) {
    throw bad("params", `at most ${limits.maxParams} parameters`, `${count} parameters`);
  }
  // The map itself is level 1, so its values may nest maxParamsDepth levels.
  const depth = nestingDepth(params, limits.maxParamsDepth + 1) - 1;
  if (depth > limits.maxParamsDepth) {
    throw bad("params", `values nested at most ${limits.maxParamsDepth} levels`, "deeper");
  }
  const bytes = Buffer.byteLength(JSON.stringify(params), "utf8");
  if (bytes > limits.maxParamsBytes) {
    throw bad("params", `at most ${limits.maxParamsBytes} bytes of JSON`, `${bytes} bytes`);
  }
}
