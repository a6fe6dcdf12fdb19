/**
 * The security regression suite of analysts' Cypher (issue 10): hostile statements as an
 * attacker writes them, each refused with its code, against the real Neo4j. After the whole
 * table the graph's counts and indexes are as before, no hostile property was written, a
 * sentinel folder with a file is untouched and a local HTTP server was never called. Then the
 * plan lock is tried alone (EXPLAIN straight to Neo4j, the text check skipped), the input
 * bounds, and the reads that must still pass: every saved query and ordinary analyst reads.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TradeKgError } from "../../src/core/errors.js";
import { runAnalystQuery } from "../../src/graph/analyst-cypher.js";
import { ANALYST_LIMITS } from "../../src/graph/analyst-limits.js";
import { type PlanNode, planRefusal } from "../../src/graph/analyst-plan-check.js";
import { listSavedQueries } from "../../src/graph/saved-queries.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { openTestDatabase } from "../support/database.js";
import { graphCounts } from "../support/graph-counts.js";

const ROOT = resolve(import.meta.dirname, "../..");
const db = openTestDatabase();
const limits = { timeoutMs: 5_000, rowLimit: 100 };

// A folder with a file that a successful LOAD CSV would read, and a local web server that a
// successful LOAD CSV from http://127.0.0.1 would call.
const sentinel = mkdtempSync(join(tmpdir(), "trade-kg-sentinel-"));
const SENTINEL_FILE = join(sentinel, "secret.csv");
writeFileSync(SENTINEL_FILE, "secret,42\n");
const sentinelState = () =>
  JSON.stringify(
    readdirSync(sentinel).map((name) => {
      const stat = statSync(join(sentinel, name));
      return [name, stat.size, stat.mtimeMs, readFileSync(join(sentinel, name), "utf8")];
    }),
  );
let httpHits = 0;
let server: Server;
let url = "";
let before: { counts: Record<string, number>; indexes: number; sentinel: string };

async function indexCount(): Promise<number> {
  const session = db.driver.session();
  try {
    const result = await session.run("SHOW INDEXES YIELD name RETURN count(*) AS n");
    return Number(result.records[0].get("n"));
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  const path = "seeds/003_44fb831386fa0c29.txt";
  await ingestDocument(db, { bytes: readFileSync(resolve(ROOT, path)), source: path });
  server = createServer((_, response) => {
    httpHits += 1;
    response.end("leaked,1\n");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data.csv`;
  before = {
    counts: await graphCounts(db),
    indexes: await indexCount(),
    sentinel: sentinelState(),
  };
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await db.close();
  rmSync(sentinel, { recursive: true, force: true });
});

/** Cypher's whitespace that JavaScript's \s lacks or that hides a keyword from a regex. */
const WHITESPACE = [
  ...["\u001c", "\u001d", "\u001e", "\u001f", "\u0085", "\u00a0", "\u1680"],
  ...["\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007"],
  ...["\u2008", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"],
  ...["\t", "\u000b", "\u000c", "\r", "\n"],
];
const FILE = () => `file://${SENTINEL_FILE}`;

/** What the attacker would try with each whitespace: keywords split by it. */
const WHITESPACE_TEMPLATES = [
  (w: string) => `SHOW${w}TRANSACTIONS`,
  (w: string) => `TERMINATE${w}TRANSACTIONS${w}'neo4j-transaction-1'`,
  (w: string) => `LOAD${w}CSV${w}FROM${w}'${FILE()}'${w}AS${w}l${w}RETURN${w}l`,
  (w: string) => `SHOW${w}SETTINGS`,
  (w: string) => `CALL${w}dbms.listConfig()`,
  (w: string) => `MATCH${w}(n:Entity)${w}SET${w}n.hacked${w}=${w}true${w}RETURN${w}count(n)`,
];

type Case = [label: string, query: () => string, code: string];
const R = "CYPHER_REFUSED";

const HOSTILE: Case[] = [
  // strings and comments that once fooled a regex
  ["'//' in a string", () => `WITH '//' AS x LOAD CSV FROM '${FILE()}' AS l RETURN l[0]`, R],
  ['"//" in a string', () => `WITH "//" AS x LOAD CSV FROM '${FILE()}' AS l RETURN l`, R],
  ["'/*' in a string", () => `WITH '/*' AS x LOAD CSV FROM '${FILE()}' AS l RETURN l // */`, R],
  ["an escaped quote", () => `WITH 'it\\'s' AS x LOAD CSV FROM '${FILE()}' AS l RETURN l`, R],
  ["an escaped backslash", () => `WITH 'a\\\\' AS x LOAD CSV FROM '${FILE()}' AS l RETURN l`, R],
  ["a block comment between", () => `LOAD/**/CSV FROM '${FILE()}' AS l RETURN l`, R],
  ["a line comment between", () => `LOAD// x\nCSV FROM '${FILE()}' AS l RETURN l`, R],
  [
    "a decoy comment",
    () => `/* LOAD CSV */ MATCH (n) WITH n LIMIT 1 LOAD CSV FROM '${url}' AS l RETURN l`,
    R,
  ],
  ["a comment before SHOW", () => "/* hi */ SHOW TRANSACTIONS", R],
  ["a line comment before SHOW", () => "// hi\nSHOW TRANSACTIONS YIELD currentQuery RETURN *", R],
  // backticked names holding quotes and backticks
  ["a backticked '", () => `WITH 1 AS \`'\` LOAD CSV FROM '${FILE()}' AS l RETURN l`, R],
  ["a backticked it's", () => `WITH 1 AS \`it's\` LOAD CSV FROM '${url}' AS l RETURN l`, R],
  ["a `` escape", () => `WITH 1 AS \`a\`\`'\` LOAD CSV FROM '${FILE()}' AS l RETURN l`, R],
  ["a backticked procedure", () => "CALL `dbms`.`listConfig`() YIELD name RETURN name", R],
  ["a backticked dotted procedure", () => "CALL `db.stats.retrieve`('GRAPH COUNTS')", R],
  // prefixes
  ["EXPLAIN", () => `EXPLAIN LOAD CSV FROM '${FILE()}' AS l RETURN l`, R],
  ["PROFILE", () => "PROFILE MATCH (n:Entity) SET n.hacked = true RETURN count(n)", R],
  ["CYPHER options", () => `CYPHER runtime=slotted LOAD CSV FROM '${FILE()}' AS l RETURN l`, R],
  ["CYPHER 5", () => "CYPHER 5 SHOW SETTINGS", R],
  [
    "CYPHER with a write",
    () => "CYPHER runtime=interpreted MATCH (n:Entity) SET n.hacked = 1 RETURN count(n)",
    R,
  ],
  ["EXPLAIN SHOW", () => "EXPLAIN SHOW TRANSACTIONS", R],
  // subqueries and UNION
  ["LOAD CSV in CALL { }", () => `CALL { LOAD CSV FROM '${FILE()}' AS l RETURN l } RETURN l`, R],
  [
    "a write in CALL { }",
    () => "MATCH (n:Entity) CALL (n) { SET n.hacked = 1 } RETURN count(*)",
    R,
  ],
  [
    "CREATE in a subquery",
    () => "MATCH (n:Entity) WITH n LIMIT 1 CALL (n) { CREATE (n)-[:HACK]->(:Leak) } RETURN n.id",
    R,
  ],
  [
    "MERGE in a subquery",
    () =>
      "MATCH (n:Entity) WITH n LIMIT 1 CALL (n) { MERGE (n)-[:HACK]->(:Leak) RETURN 1 AS one } RETURN one",
    R,
  ],
  [
    "DELETE in a nested subquery",
    () => "CALL { CALL { MATCH (f:TradeFact) DETACH DELETE f } RETURN 1 AS one } RETURN one",
    R,
  ],
  [
    "IN TRANSACTIONS",
    () => "MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
    R,
  ],
  [
    "IN CONCURRENT TRANSACTIONS",
    () => "MATCH (n:Entity) CALL (n) { SET n.hacked = 1 } IN 2 CONCURRENT TRANSACTIONS",
    R,
  ],
  [
    "UNION with LOAD CSV",
    () => `RETURN '1' AS x UNION LOAD CSV FROM '${FILE()}' AS l RETURN l[0] AS x`,
    R,
  ],
  [
    "UNION with CREATE",
    () => "MATCH (n:Entity) RETURN n.id AS x LIMIT 1 UNION CREATE (m:Leak) RETURN 'y' AS x",
    R,
  ],
  [
    "UNION ALL with a procedure",
    () => "RETURN 'a' AS x UNION ALL CALL dbms.listConfig() YIELD name RETURN name AS x",
    R,
  ],
  // LOAD CSV of files and URLs
  ["/etc/passwd", () => "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", R],
  ["the JVM's environment", () => "LOAD CSV FROM 'file:///proc/self/environ' AS l RETURN l", R],
  ["the sentinel file", () => `LOAD CSV FROM '${FILE()}' AS l RETURN l`, R],
  ["a local web server", () => `LOAD CSV FROM '${url}' AS l RETURN l`, R],
  [
    "WITH HEADERS",
    () => `LOAD CSV WITH HEADERS FROM '${url}' AS row FIELDTERMINATOR ';' RETURN row`,
    R,
  ],
  ["lower case", () => `load csv from '${FILE()}' as l return l`, R],
  ["a URL parameter", () => "LOAD CSV FROM $url AS l RETURN l", R],
  // SHOW and TERMINATE
  ["SHOW TRANSACTIONS", () => "SHOW TRANSACTIONS", R],
  ["SHOW TRANSACTIONS YIELD", () => "SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN *", R],
  ["SHOW SETTINGS", () => "SHOW SETTINGS", R],
  [
    "SHOW SETTINGS YIELD",
    () => "SHOW SETTINGS YIELD name, value WHERE name CONTAINS 'dir' RETURN *",
    R,
  ],
  ["SHOW PROCEDURES", () => "SHOW PROCEDURES", R],
  ["SHOW FUNCTIONS", () => "SHOW FUNCTIONS", R],
  ["SHOW DATABASES", () => "SHOW DATABASES", R],
  ["SHOW INDEXES", () => "SHOW INDEXES", R],
  ["show lower case", () => "show all procedures executable by current user", R],
  ["TERMINATE TRANSACTIONS", () => "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", R],
  ["TERMINATE TRANSACTION", () => "TERMINATE TRANSACTION 'neo4j-transaction-1'", R],
  // procedures
  ["dbms.listConfig", () => "CALL dbms.listConfig() YIELD name, value RETURN name, value", R],
  ["dbms.components", () => "CALL dbms.components()", R],
  ["dbms.killConnections", () => "CALL dbms.killConnections(['bolt-1'])", R],
  ["db.stats.retrieve", () => "CALL db.stats.retrieve('GRAPH COUNTS')", R],
  ["db.stats.collect", () => "CALL db.stats.collect('QUERIES')", R],
  ["db.info", () => "CALL db.info()", R],
  ["db.resampleOutdatedIndexes", () => "CALL db.resampleOutdatedIndexes()", R],
  ["db.createLabel", () => "CALL db.createLabel('Leak')", R],
  ["db.clearQueryCaches", () => "CALL db.clearQueryCaches()", R],
  ["tx.setMetaData", () => "CALL tx.setMetaData({owner: 'attacker'})", R],
  [
    "a procedure after MATCH",
    () => "MATCH (n) WITH n LIMIT 1 CALL db.info() YIELD id RETURN id",
    R,
  ],
  ["apoc.load.json", () => "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value", R],
  ["apoc.cypher.run", () => "CALL apoc.cypher.run('MATCH (n) DETACH DELETE n', {})", R],
  [
    "apoc.periodic.iterate",
    () => "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
    R,
  ],
  ["an apoc function", () => "RETURN apoc.cypher.runFirstColumnSingle('RETURN 1', {}) AS x", R],
  ["a backticked apoc function", () => "RETURN `apoc`.`util`.sleep(10) AS x", R],
  // writes the planner sees
  [
    "FOREACH",
    () => "MATCH (n:Entity) WITH collect(n) AS ns FOREACH (x IN ns | SET x.hacked = 1) RETURN 1",
    R,
  ],
  ["MERGE", () => "MERGE (n:Entity {id: 'country:ZZX'}) RETURN n", R],
  [
    "MERGE ON MATCH SET",
    () => "MERGE (n:Entity {id: 'country:CHN'}) ON MATCH SET n.hacked = 1 RETURN n",
    R,
  ],
  ["CREATE", () => "CREATE (:Leak {at: 1}) RETURN 1", R],
  ["SET a label", () => "MATCH (n:Entity) SET n:Leak RETURN count(n)", R],
  ["REMOVE", () => "MATCH (n:Entity) REMOVE n.name RETURN count(n)", R],
  ["DETACH DELETE", () => "MATCH (n:TradeFact) DETACH DELETE n", R],
  ["CREATE INDEX", () => "CREATE INDEX sneaky IF NOT EXISTS FOR (n:Entity) ON (n.sneaky)", R],
  ["DROP INDEX", () => "DROP INDEX entity_name", R],
  ["CREATE DATABASE", () => "CREATE DATABASE leak", R],
  ["USE system", () => "USE system SHOW USERS", R],
  ["USE neo4j", () => "USE neo4j MATCH (n) RETURN count(n)", R],
  ...WHITESPACE.map(
    (w, i): Case => [
      `U+${w.charCodeAt(0).toString(16).padStart(4, "0")} between keywords`,
      () => WHITESPACE_TEMPLATES[i % WHITESPACE_TEMPLATES.length](w),
      R,
    ],
  ),
];

describe("hostile analyst Cypher", () => {
  it("has at least 60 variants", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(HOSTILE)("refuses %s", async (_, query, code) => {
    const error = await runAnalystQuery(db, query(), { url }, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TradeKgError);
    expect((error as TradeKgError).code).toBe(code);
  });

  it("left the graph, the indexes, the file system and the local web server untouched", async () => {
    expect(await graphCounts(db)).toEqual(before.counts);
    const written = await db.read(
      "MATCH (n) WHERE n.hacked IS NOT NULL OR n.sneaky IS NOT NULL RETURN count(n) AS n",
    );
    expect(Number(written.records[0].get("n"))).toBe(0);
    expect(await indexCount()).toBe(before.indexes);
    expect(sentinelState()).toBe(before.sentinel);
    expect(httpHits).toBe(0);
  });
});

/** The plan Neo4j makes for a statement, asked for directly, with no check of the text. */
async function planOf(query: string): Promise<PlanNode> {
  const session = db.driver.session();
  try {
    const result = await session.run(`EXPLAIN ${query}`, { url });
    return result.summary.plan as PlanNode;
  } finally {
    await session.close();
  }
}

describe("the plan lock alone (the text check skipped)", () => {
  it.each([
    ["LoadCSV", `LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l`],
    ["LoadCSV", `WITH '//' AS x LOAD CSV FROM 'http://127.0.0.1:9/x' AS l RETURN l`],
    ["ShowTransactions", "SHOW\u001cTRANSACTIONS"],
    ["TerminateTransactions", "TERMINATE\u001fTRANSACTIONS 'neo4j-transaction-1'"],
    ["ShowSettings", "SHOW SETTINGS"],
    ["ShowProcedures", "SHOW PROCEDURES"],
    ["ShowFunctions", "SHOW FUNCTIONS"],
    ["db.stats.retrieve", "CALL db.stats.retrieve('GRAPH COUNTS')"],
    ["db.info", "CALL db.info()"],
    ["db.resampleOutdatedIndexes", "CALL db.resampleOutdatedIndexes()"],
    ["dbms.listConfig", "CALL `dbms`.`listConfig`()"],
    ["TransactionForeach", "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS"],
    ["Foreach", "MATCH (n) WITH collect(n) AS ns FOREACH (x IN ns | SET x.y = 1)"],
    ["Merge", "MERGE (n:Entity {id: 'x'}) RETURN n"],
    ["SetProperty", "MATCH (n) CALL (n) { SET n.x = 1 RETURN 1 AS one } RETURN one"],
    ["CreateIndex", "CREATE INDEX sneaky IF NOT EXISTS FOR (n:Entity) ON (n.sneaky)"],
  ])("refuses %s", async (what, query) => {
    expect(planRefusal(await planOf(query))).toContain(what);
  });
});

describe("input bounds", () => {
  function nested(levels: number): Record<string, unknown> {
    let value: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < levels; i += 1) value = { a: value };
    return value;
  }

  it.each([
    ["a map nested 3,000 levels", "RETURN $p AS p", { p: nested(3_000) }],
    [
      "a list nested 3,000 levels",
      "RETURN $p AS p",
      { p: JSON.parse(`${"[".repeat(3000)}${"]".repeat(3000)}`) },
    ],
    ["one level too deep", "RETURN $p AS p", { p: nested(ANALYST_LIMITS.maxParamsDepth) }],
    [
      "too many parameters",
      "RETURN 1",
      Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, i])),
    ],
    ["too many bytes", "RETURN $p AS p", { p: "x".repeat(ANALYST_LIMITS.maxParamsBytes) }],
    ["too long a statement", `RETURN 1 ${" ".repeat(ANALYST_LIMITS.maxQueryLength)}`, {}],
    ["an empty statement", " \u001c ", {}],
  ])("answers %s with BAD_USER_INPUT before Neo4j sees it", async (_, query, params) => {
    const counted = { statements: 0 };
    const error = await runAnalystQuery(db, query, params, { ...limits, counter: counted }).catch(
      (e: unknown) => e,
    );
    expect((error as TradeKgError).code).toBe("BAD_USER_INPUT");
    expect((error as TradeKgError).message).toMatch(/expected/);
    expect(counted.statements).toBe(0);
  });

  it("lets parameters through at the limits, and the database still answers", async () => {
    const result = await runAnalystQuery(
      db,
      "RETURN $p AS p",
      { p: nested(ANALYST_LIMITS.maxParamsDepth - 2) },
      limits,
    );
    expect(result.rows).toHaveLength(1);
  });
});

describe("reads that must still pass", () => {
  it.each(listSavedQueries().map((query) => [query.name, query] as const))(
    "runs the saved query %s with its example",
    async (_, query) => {
      const result = await runAnalystQuery(db, query.cypher, query.example, limits);
      expect(result.columns.length).toBeGreaterThan(0);
    },
  );

  it.each([
    "MATCH (n:Entity) WHERE n.name = 'LOAD CSV FROM x' RETURN n.id",
    "// SHOW TRANSACTIONS and CALL dbms.listConfig()\nMATCH (n:Entity) RETURN count(n)",
    "MATCH (n:Entity) /* TERMINATE TRANSACTIONS */ RETURN n.id LIMIT 3",
    "WITH 1 AS `SHOW` RETURN `SHOW`",
    "MATCH (n:Entity {id: 'country:CHN'}) RETURN n{.id, .name, show: 1} AS n",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.schema.visualization()",
    "CALL db.index.fulltext.queryNodes('entity_names', 'ASEAN') YIELD node RETURN node.id",
    "MATCH (a:Entity)-[*1..2]-(b:Entity) RETURN count(DISTINCT b)",
    "MATCH p = shortestPath((a:Entity {id: 'country:CHN'})-[*..4]-(b:Entity)) RETURN length(p) LIMIT 1",
    "MATCH (n:Entity) CALL (n) { MATCH (n)<-[:REPORTER]-(f:TradeFact) RETURN count(f) AS c } RETURN n.id, c",
    "MATCH (n:Entity) WHERE EXISTS { (n)<-[:PARTNER]-() } RETURN n.id, COUNT { (n)--() } AS degree",
    "MATCH (n:Entity) RETURN n.id AS x UNION MATCH (d:Document) RETURN d.id AS x",
    "MATCH (f:TradeFact) RETURN f.flow, count(*) ORDER BY count(*) DESC",
    "RETURN date('2021-01-01') + duration('P1M') AS d, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS p",
    "CYPHER runtime=slotted MATCH (n:Entity) RETURN count(n)",
    "UNWIND range(1, 5) AS x RETURN x",
  ])("runs %s", async (query) => {
    const result = await runAnalystQuery(db, query, {}, limits);
    expect(result.columns.length).toBeGreaterThan(0);
  });
});
