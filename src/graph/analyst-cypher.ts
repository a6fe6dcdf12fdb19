/**
 * Analysts' own Cypher, read-only. Four locks, the plan being the one that decides:
 *  1. the inputs are bounded (analyst-limits.ts): statement length, number, size and depth of
 *     parameters, so nothing reaches Neo4j that could overflow it;
 *  2. the text is checked, on real tokens (cypher-tokens.ts), for keywords and calls
 *     read-only access never needs (analyst-text-check.ts): a fast refusal with a reason;
 *  3. Neo4j plans the statement (EXPLAIN) and the whole plan is walked (analyst-plan-check.ts):
 *     query type "r", every operator on an allow-list (no LoadCSV, no Show/Terminate commands,
 *     no writes anywhere, subqueries included) and procedures only from ALLOWED_PROCEDURES, by
 *     the name in the plan;
 *  4. it runs in a READ transaction with its own timeout, and only the first `rowLimit` rows
 *     are read from the cursor.
 * Rows come back as JSON-ready values: nodes, relationships and paths in a documented shape.
 */
import neo4j, {
  type ManagedTransaction,
  type Node,
  type Path,
  type Relationship,
} from "neo4j-driver";
import { TradeKgError } from "../core/errors.js";
import { checkAnalystInputs } from "./analyst-limits.js";
import { type PlanNode, planRefusal, queryTypeRefusal } from "./analyst-plan-check.js";
import { textRefusal } from "./analyst-text-check.js";
import type { Database } from "./database.js";

export { ALLOWED_PROCEDURES } from "./analyst-allow-lists.js";

/** The first reason this text may not run read-only, or null (see analyst-text-check.ts). */
export const refusalOf = textRefusal;

export interface AnalystQueryOptions {
  timeoutMs: number;
  rowLimit: number;
  counter?: { statements: number };
}

export interface AnalystQueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** True when the query had more rows than the limit. */
  truncated: boolean;
}

export async function runAnalystQuery(
  db: Database,
  query: string,
  params: Record<string, unknown>,
  options: AnalystQueryOptions,
): Promise<AnalystQueryResult> {
  checkAnalystInputs(query, params);
  const refusal = textRefusal(query);
  if (refusal) throw new TradeKgError("CYPHER_REFUSED", `refused: ${refusal}`);
  const cypherParams = withCypherIntegers(params) as Record<string, unknown>;
  try {
    return await db.readTransaction(
      async (tx) => {
        await assertReadOnlyPlan(tx, query, cypherParams);
        return await readRows(tx, query, cypherParams, options.rowLimit);
      },
      { timeoutMs: options.timeoutMs, counter: options.counter },
    );
  } catch (error) {
    throw translateQueryError(error, options.timeoutMs);
  }
}

/** Plans the statement in the same transaction and refuses it unless the plan only reads. */
async function assertReadOnlyPlan(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
): Promise<void> {
  const { summary } = await tx.run(`EXPLAIN ${query}`, params);
  // The query type names a write plainly; the operator walk catches the reads that are not
  // harmless (LoadCSV, Show and Terminate commands, procedures), which plan as type "r".
  const refusal =
    queryTypeRefusal(summary.queryType) ?? planRefusal(summary.plan as PlanNode | false);
  if (refusal) throw new TradeKgError("CYPHER_REFUSED", `refused: ${refusal}`);
}

async function readRows(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  rowLimit: number,
): Promise<AnalystQueryResult> {
  const rows: Record<string, unknown>[] = [];
  let truncated = false;
  const result = tx.run(query, params);
  const columns = [...(await result.keys())];
  for await (const record of result) {
    if (rows.length === rowLimit) {
      truncated = true;
      break;
    }
    rows.push(Object.fromEntries(columns.map((key) => [key, toJson(record.get(key))])));
  }
  return { columns, rows, truncated };
}

/**
 * JSON has one number type and Cypher two; a whole number from the command line or GraphQL
 * is meant as an INTEGER (LIMIT $n, range($a, $b)), so it is sent as one.
 */
function withCypherIntegers(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(withCypherIntegers);
  if (value && typeof value === "object" && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withCypherIntegers(v)]));
  }
  return value;
}

function translateQueryError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof TradeKgError) return error;
  const code = (error as { code?: string })?.code ?? "";
  const message = (error as Error)?.message ?? String(error);
  if (/TransactionTimedOut|Transaction\.Terminated|LockClient\.Stopped/.test(code)) {
    return new TradeKgError(
      "QUERY_TIMEOUT",
      `the query ran past its limit of ${timeoutMs} ms and was stopped`,
      { cause: error },
    );
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || /read access mode/i.test(message)) {
    return new TradeKgError(
      "CYPHER_REFUSED",
      `refused: the database saw a write in a read-only transaction (${message.split("\n")[0]})`,
      { cause: error },
    );
  }
  if (
    code.startsWith("Neo.ClientError.Statement.") ||
    code.startsWith("Neo.ClientError.Procedure.")
  ) {
    return new TradeKgError("BAD_USER_INPUT", `query: ${message.split("\n")[0]}`, { cause: error });
  }
  return error;
}

/**
 * Values as JSON: numbers, strings, booleans, lists and maps as they are; temporal and
 * spatial values as their string forms; and
 *   node:         { "kind": "node", "id", "labels", "properties" }
 *   relationship: { "kind": "relationship", "id", "type", "start", "end", "properties" }
 *   path:         { "kind": "path", "nodes": [node…], "relationships": [relationship…] }
 * where ids are Neo4j element ids (stable within one transaction, not across).
 */
export function toJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (isNode(value))
    return {
      kind: "node",
      id: value.elementId,
      labels: value.labels,
      properties: toJson(value.properties),
    };
  if (isRelationship(value)) {
    return {
      kind: "relationship",
      id: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: toJson(value.properties),
    };
  }
  if (isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)].map(toJson);
    return {
      kind: "path",
      nodes,
      relationships: value.segments.map((s) => toJson(s.relationship)),
    };
  }
  if (value.constructor === Object)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return String(value);
}

const isNode = (v: object): v is Node => neo4j.isNode(v as Node);
const isRelationship = (v: object): v is Relationship => neo4j.isRelationship(v as Relationship);
const isPath = (v: object): v is Path => neo4j.isPath(v as Path);
