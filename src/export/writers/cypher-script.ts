/**
 * A Cypher script that recreates the subgraph in an empty database: constraints first (so
 * the relationship statements find their ends through an index), then nodes and
 * relationships in UNWIND batches of literal maps, one statement per line ending in `;`,
 * which cypher-shell runs as it is. Strings are written as JSON strings, whose escapes are
 * valid Cypher string escapes.
 */
import type { PropertyValue, SubgraphEdge, SubgraphNode } from "../../graph/subgraph.js";
import {
  type AttributeTable,
  EDGE_ATTRIBUTES,
  EDGE_ENDPOINTS,
  NODE_ATTRIBUTES,
} from "../attributes.js";
import type { TextSink } from "../text-sink.js";
import type { GraphWriter } from "./writer.js";

const BATCH = 200;

export function cypherScriptWriter(out: TextSink): GraphWriter {
  // Rows wait in one batch per statement shape (label set or relationship type), so
  // interleaved REPORTER/PARTNER/STATED_IN edges still go out 200 to a statement.
  const batches = new Map<string, { head: string; rows: string[] }>();
  let nodesFlushed = false;

  const flush = async (key: string) => {
    const batch = batches.get(key);
    if (!batch || batch.rows.length === 0) return;
    await out.write(`UNWIND [${batch.rows.join(", ")}] AS row ${batch.head};\n`);
    batch.rows = [];
  };
  const flushAll = async () => {
    for (const key of batches.keys()) await flush(key);
  };
  const add = async (key: string, head: string, row: string) => {
    let batch = batches.get(key);
    if (!batch) {
      batch = { head, rows: [] };
      batches.set(key, batch);
    }
    batch.rows.push(row);
    if (batch.rows.length >= BATCH) await flush(key);
  };

  return {
    async start() {
      await out.write(
        [
          "// trade-kg subgraph export: run in an empty database (cypher-shell -f FILE).",
          "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
          "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;",
          "CREATE CONSTRAINT trade_fact_id IF NOT EXISTS FOR (n:TradeFact) REQUIRE n.id IS UNIQUE;",
          "",
        ].join("\n"),
      );
    },
    async node(node: SubgraphNode) {
      const labels = node.labels.map((l) => `:${identifier(l)}`).join("");
      await add(
        `node${labels}`,
        `CREATE (n${labels}) SET n = row`,
        literal({ ...node.properties, id: node.id }, NODE_ATTRIBUTES[node.label] ?? {}),
      );
    },
    async edge(edge: SubgraphEdge) {
      if (!nodesFlushed) {
        // Every node must exist before the first relationship statement matches it.
        await flushAll();
        nodesFlushed = true;
      }
      const [from, to] = EDGE_ENDPOINTS[edge.type] ?? ["Entity", "Entity"];
      const head = `MATCH (a:${identifier(from)} {id: row.s}) MATCH (b:${identifier(to)} {id: row.t}) CREATE (a)-[r:${identifier(edge.type)}]->(b) SET r = row.p`;
      await add(
        `edge:${edge.type}`,
        head,
        `{s: ${JSON.stringify(edge.source)}, t: ${JSON.stringify(edge.target)}, p: ${literal(edge.properties, EDGE_ATTRIBUTES[edge.type] ?? {})}}`,
      );
    },
    async finish() {
      await flushAll();
    },
  };
}

/** A map literal; doubles keep a decimal point so 18070000000000 stays a FLOAT, as stored. */
function literal(properties: Record<string, PropertyValue>, types: AttributeTable): string {
  const entries = Object.entries(properties).map(
    ([key, value]) => `${identifier(key)}: ${valueLiteral(value, types[key] === "double")}`,
  );
  return `{${entries.join(", ")}}`;
}

function valueLiteral(value: PropertyValue, double: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "null";
    const text = String(value).replace("e+", "e");
    return double && !/[.e]/.test(text) ? `${text}.0` : text;
  }
  return JSON.stringify(value);
}

/** Backtick-quoted unless it is a plain identifier. */
function identifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, "``")}\``;
}
