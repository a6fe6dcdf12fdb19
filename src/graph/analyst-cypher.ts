/**
 * Analysts' own Cypher, read-only. Three locks, each enough alone for most mistakes, together
 * for a determined one:
 *  1. the text is checked for clauses and procedures read-only access never needs (LOAD CSV
 *     can read files and URLs, dbms.* administers the server, SHOW/TERMINATE TRANSACTIONS see
 *     and kill other users' work, USE switches databases, CALL { } IN TRANSACTIONS commits in
 *     pieces) and for procedure calls outside an allow-list;
 *  2. Neo4j plans the statement (EXPLAIN) and must report query type "r" (read only): a write
 *     hidden anywhere, a subquery included, is seen by the planner, not guessed by a regex;
 *  3. it runs in a READ transaction with its own timeout, and only the first `rowLimit` rows
 *     are read from the cursor.
 * Rows come back as JSON-ready values: nodes, relationships and paths in a documented shape.
 */
import neo4j, { type Node, type Path, type Relationship } from "neo4j-driver";
import { TradeKgError } from "../core/errors.js";
import type { Database } from "./database.js";

export const ALLOWED_PROCEDURES = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
] as const;

const REFUSED_CLAUSES: [RegExp, string][] = [
  [/\bLOAD\s+CSV\b/i, "LOAD CSV reads files and URLs"],
  [
    /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i,
    "CALL { } IN TRANSACTIONS commits in pieces",
  ],
  [
    /\b(?:SHOW|TERMINATE)\s+(?:\w+\s+)*?TRANSACTIONS?\b/i,
    "SHOW and TERMINATE TRANSACTIONS reach other users' work",
  ],
  [
    /^\s*USE\b|\bUSE\s+[`\w.]+\s+(?:MATCH|CALL|RETURN|WITH|UNWIND|OPTIONAL)\b/i,
    "USE switches to another database",
  ],
  [
    /\b(?:CREATE|DROP|ALTER|GRANT|REVOKE|DENY|START|STOP)\s+(?:OR\s+REPLACE\s+)?(?:DATABASE|USER|ROLE|ALIAS|SERVER|INDEX|CONSTRAINT)\b/i,
    "administration commands",
  ],
];

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

/** Comments and string literals removed, so a quoted "LOAD CSV" does not trip the checks. */
export function withoutCommentsAndStrings(query: string): string {
  return query
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");
}

/** The first reason this text may not run read-only, or null. */
export function refusalOf(query: string): string | null {
  const code = withoutCommentsAndStrings(query);
  for (const [pattern, why] of REFUSED_CLAUSES) if (pattern.test(code)) return why;
  const part = "(?:`[^`]+`|[A-Za-z_]\\w*)";
  const procedureCall = new RegExp(`\\bCALL\\s+(${part}(?:\\s*\\.\\s*${part})*)`, "gi");
  for (const match of code.matchAll(procedureCall)) {
    const name = match[1].replace(/[`\s]/g, "");
    if (!(ALLOWED_PROCEDURES as readonly string[]).includes(name)) {
      return `procedure ${name} is not on the allow-list (${ALLOWED_PROCEDURES.join(", ")})`;
    }
  }
  return null;
}

export async function runAnalystQuery(
  db: Database,
  query: string,
  params: Record<string, unknown>,
  options: AnalystQueryOptions,
): Promise<AnalystQueryResult> {
  if (query.trim() === "")
    throw new TradeKgError(
      "BAD_USER_INPUT",
      "query: expected a Cypher statement, got an empty string",
    );
  const refusal = refusalOf(query);
  if (refusal) throw new TradeKgError("CYPHER_REFUSED", `refused: ${refusal}`);
  params = withCypherIntegers(params) as Record<string, unknown>;
  try {
    return await db.readTransaction(
      async (tx) => {
        const plan = await tx.run(`EXPLAIN ${query}`, params);
        const type = plan.summary.queryType;
        if (type !== "r") {
          throw new TradeKgError(
            "CYPHER_REFUSED",
            `refused: Neo4j plans this as a ${describeQueryType(type)} query; only read-only queries (type r) may run`,
          );
        }
        const rows: Record<string, unknown>[] = [];
        let columns: string[] = [];
        let truncated = false;
        const result = tx.run(query, params);
        columns = [...(await result.keys())];
        for await (const record of result) {
          if (rows.length === options.rowLimit) {
            truncated = true;
            break;
          }
          rows.push(Object.fromEntries(columns.map((key) => [key, toJson(record.get(key))])));
        }
        return { columns, rows, truncated };
      },
      { timeoutMs: options.timeoutMs, counter: options.counter },
    );
  } catch (error) {
    throw translateQueryError(error, options.timeoutMs);
  }
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

function describeQueryType(type: string): string {
  return { w: "write (w)", rw: "read-write (rw)", s: "schema (s)" }[type] ?? `"${type}"`;
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
