/**
 * Reading a subgraph out for export, as a stream of nodes and then edges.
 *
 * A selection names entities (a centre and its neighbourhood, one document's, or all of
 * them, narrowed by type) and which edges come along (trade, policy; a period and a flow for
 * trade). Two views: "facts" is the graph as stored (entities, TradeFact and Document nodes);
 * "entities" projects every trade fact onto entity-to-entity edges (reporter → partner
 * TRADES_WITH, reporter → commodity TRADES_IN); "network" aggregates whole-trade facts into
 * one weighted edge per reporter, counterpart, period and flow (trade-network.ts), which is
 * what graph algorithms want.
 *
 * Rows are streamed from Neo4j (the driver pulls in batches) straight into the sink, all
 * inside one read transaction so the export is a consistent snapshot; nothing but the
 * selected entity ids is held in memory. A fact comes along only with all of its entities.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { PREDICATES } from "../core/contract.js";
import { TradeKgError } from "../core/errors.js";
import type { CallOptions, Database } from "./database.js";
import { GROUP_KINDS } from "./entity-groups.js";
import { snapshotIdIn } from "./snapshot.js";
import { IS_GROUP, networkEdge, networkEdgesQuery } from "./trade-network.js";

export type Scalar = string | number | boolean;
export type PropertyValue = Scalar | string[];

export interface SubgraphNode {
  id: string;
  /** The most specific label: Country … Measure, TradeFact or Document. */
  label: string;
  labels: string[];
  properties: Record<string, PropertyValue>;
}

export interface SubgraphEdge {
  /** Unique within the export: the fact or link it comes from, and its role. */
  key: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, PropertyValue>;
}

/** What is known before the first node: which state of the graph the export reads. */
export interface SubgraphInfo {
  /** The snapshot id (src/graph/snapshot.ts) of what the export's transaction sees. */
  snapshot: string;
}

/** One trade fact with its entities' ids and names, for tables that want a row per fact. */
export interface FactTableRow {
  fact: Record<string, PropertyValue>;
  reporter: { id: string; name: string };
  partner: { id: string; name: string } | null;
  commodity: { id: string; name: string } | null;
  /** The ids of the documents stating it, in id order. */
  documents: string[];
}

export interface SubgraphSink {
  /** Called once the selection is known to name something stored, before any node. */
  selected?(info: SubgraphInfo): Promise<void> | void;
  node(node: SubgraphNode): Promise<void> | void;
  /** Called only after every node. */
  edge(edge: SubgraphEdge): Promise<void> | void;
  /**
   * When given, every selected trade fact comes once more as a row, after every edge (and
   * whether or not trade edges were asked for), in fact id order.
   */
  fact?(row: FactTableRow): Promise<void> | void;
}

export type SubgraphView = "facts" | "entities" | "network";
/** mentions: document → entity MENTIONS edges with their count, the documents as nodes. */
export type EdgeKind = "trade" | "policy" | "mentions";

export interface SubgraphSelection {
  center: string | null;
  hops: number;
  documentId: string | null;
  entityTypes: string[] | null;
  edgeKinds: EdgeKind[];
  periodStart: string | null;
  periodEnd: string | null;
  flow: string | null;
  view: SubgraphView;
  /** network view: keep entities standing for several others (entity-groups.ts). */
  includeGroups: boolean;
}

export interface SubgraphCounts {
  nodes: number;
  edges: number;
  /** Fact rows given to the sink's fact(): 0 when it has none. */
  facts: number;
  snapshot: string;
}

const POLICY_TYPES = PREDICATES.join("|");

/** Streams the selected subgraph into the sink; returns how many nodes and edges it wrote. */
export async function streamSubgraph(
  db: Database,
  selection: SubgraphSelection,
  sink: SubgraphSink,
  options: CallOptions = {},
): Promise<SubgraphCounts> {
  let wrote = false;
  return db.readTransaction(async (tx) => {
    // The driver retries a transaction that hit a transient error; rows already streamed
    // cannot be taken back, so a retry after output began fails instead of duplicating.
    if (wrote) {
      throw new TradeKgError(
        "DATABASE_UNAVAILABLE",
        "the export was interrupted by a database error after it had begun; run it again",
      );
    }
    const snapshot = await snapshotIdIn(tx);
    const counts = { nodes: 0, edges: 0, facts: 0, snapshot };
    const ids = await selectedEntityIds(tx, selection);
    wrote = true;
    await sink.selected?.({ snapshot });
    const params = {
      ids,
      types: selection.entityTypes,
      documentId: selection.documentId,
      periodStart: selection.periodStart,
      periodEnd: selection.periodEnd,
      flow: selection.flow,
      network: selection.view === "network",
      includeGroups: selection.includeGroups,
      groupKinds: GROUP_KINDS,
    };
    const emit: Emit = {
      node: async (node) => {
        wrote = true;
        counts.nodes += 1;
        await sink.node(node);
      },
      edge: async (edge) => {
        wrote = true;
        counts.edges += 1;
        await sink.edge(edge);
      },
    };
    await streamNodes(tx, selection, params, emit);
    if (selection.edgeKinds.includes("trade")) await streamTradeEdges(tx, selection, params, emit);
    if (selection.edgeKinds.includes("policy") && selection.view !== "network") {
      await streamPolicyEdges(tx, params, emit);
    }
    if (withMentions(selection)) await streamMentionEdges(tx, params, emit);
    if (sink.fact) counts.facts = await streamFactRows(tx, params, sink.fact);
    return counts;
  }, options);
}

interface Emit {
  node(node: SubgraphNode): Promise<void>;
  edge(edge: SubgraphEdge): Promise<void>;
}

/** Entities, then (facts view) the trade facts and the documents stating them. */
async function streamNodes(
  tx: ManagedTransaction,
  selection: SubgraphSelection,
  params: Record<string, unknown>,
  emit: Emit,
): Promise<void> {
  for await (const record of tx.run(ENTITIES, params)) {
    const node = nodeOf(record.get("n"), "Entity");
    if (selection.view === "network") node.properties.group = record.get("isGroup") as boolean;
    await emit.node(node);
  }
  const factNodes = selection.edgeKinds.includes("trade") && selection.view === "facts";
  if (factNodes) {
    for await (const record of tx.run(`${FACTS} RETURN f`, params)) {
      await emit.node(nodeOf(record.get("f"), "TradeFact"));
    }
  }
  const documents = documentsQuery(factNodes, withMentions(selection));
  if (documents === null) return;
  for await (const record of tx.run(documents, params)) {
    await emit.node(nodeOf(record.get("d"), "Document"));
  }
}

/** Mentions come with every view but the network, which is entities and trade alone. */
const withMentions = (selection: SubgraphSelection) =>
  selection.edgeKinds.includes("mentions") && selection.view !== "network";

const mentioned = () => `MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
  WHERE ${IN_SELECTION("e")} AND ($documentId IS NULL OR d.id = $documentId)`;

/** The documents stating the selected facts, mentioning the selected entities, or both. */
function documentsQuery(stating: boolean, mentioning: boolean): string | null {
  const parts = [
    ...(stating ? [`${FACTS} MATCH (f)-[:STATED_IN]->(d:Document) RETURN d`] : []),
    ...(mentioning ? [`${mentioned()} RETURN d`] : []),
  ];
  if (parts.length === 0) return null;
  return `CALL () { ${parts.join(" UNION ")} } RETURN DISTINCT d ORDER BY d.id`;
}

async function streamMentionEdges(
  tx: ManagedTransaction,
  params: Record<string, unknown>,
  emit: Emit,
): Promise<void> {
  const query = `${mentioned()}
    RETURN d.id AS source, e.id AS target, size(m.starts) AS count, m.aliases AS aliases
    ORDER BY source, target`;
  for await (const record of tx.run(query, params)) {
    const source = record.get("source") as string;
    const target = record.get("target") as string;
    await emit.edge({
      key: `${source}:MENTIONS:${target}`,
      source,
      target,
      type: "MENTIONS",
      properties: clean({ count: record.get("count"), aliases: record.get("aliases") }),
    });
  }
}

/** Facts as stored, projected per fact (entities) or aggregated (network, trade-network.ts). */
async function streamTradeEdges(
  tx: ManagedTransaction,
  selection: SubgraphSelection,
  params: Record<string, unknown>,
  emit: Emit,
): Promise<void> {
  if (selection.view === "network") {
    for await (const record of tx.run(networkEdgesQuery(FACT_FILTER, IN_SELECTION), params)) {
      await emit.edge(networkEdge(record.toObject()));
    }
    return;
  }
  const query = `${FACTS}
    CALL (f) {
      MATCH (f)-[s:STATED_IN]->(d:Document)
      RETURN collect({documentId: d.id, properties: properties(s)}) AS statements
    }
    RETURN f, reporter.id AS reporter, partner.id AS partner, commodity.id AS commodity, statements`;
  for await (const record of tx.run(query, params)) {
    const edges =
      selection.view === "facts" ? factEdges(record.toObject()) : projectedEdges(record.toObject());
    for (const edge of edges) await emit.edge(edge);
  }
}

async function streamPolicyEdges(
  tx: ManagedTransaction,
  params: Record<string, unknown>,
  emit: Emit,
): Promise<void> {
  for await (const record of tx.run(POLICY, params)) {
    const properties = clean(record.get("properties") as Record<string, unknown>);
    await emit.edge({
      key: `${properties.id ?? record.get("type")}@${properties.documentId ?? ""}`,
      source: record.get("source"),
      target: record.get("target"),
      type: record.get("type"),
      properties,
    });
  }
}

/** The fact phase: one row per selected fact, with its entities' names. */
async function streamFactRows(
  tx: ManagedTransaction,
  params: Record<string, unknown>,
  emit: (row: FactTableRow) => Promise<void> | void,
): Promise<number> {
  const query = `${FACTS}
    RETURN f, reporter {.id, .name} AS reporter, partner {.id, .name} AS partner,
      commodity {.id, .name} AS commodity,
      COLLECT { MATCH (f)-[:STATED_IN]->(d:Document) RETURN d.id ORDER BY d.id } AS documents`;
  let rows = 0;
  for await (const record of tx.run(query, params)) {
    rows += 1;
    await emit({
      fact: clean((record.get("f") as { properties: Record<string, unknown> }).properties),
      reporter: record.get("reporter"),
      partner: record.get("partner"),
      commodity: record.get("commodity"),
      documents: record.get("documents") as string[],
    });
  }
  return rows;
}

/** null means "every entity" (narrowed by type in the queries); otherwise the exact id set. */
async function selectedEntityIds(
  tx: ManagedTransaction,
  selection: SubgraphSelection,
): Promise<string[] | null> {
  if (selection.documentId) {
    const found = await tx.run(
      "MATCH (d:Document {id: $id}) RETURN [(d)-[:MENTIONS]->(e:Entity) | e.id] AS ids",
      { id: selection.documentId },
    );
    if (found.records.length === 0) {
      throw new TradeKgError(
        "NOT_FOUND",
        `no document with id ${JSON.stringify(selection.documentId)} is stored`,
      );
    }
    return found.records[0].get("ids") as string[];
  }
  if (!selection.center) return null;
  const centre = await tx.run("MATCH (e:Entity {id: $id}) RETURN e.id AS id", {
    id: selection.center,
  });
  if (centre.records.length === 0) {
    throw new TradeKgError(
      "NOT_FOUND",
      `no entity with id ${JSON.stringify(selection.center)}; search finds entities by name`,
    );
  }
  // Breadth-first over the entity graph: one statement per hop, at most three.
  const seen = new Set<string>([selection.center]);
  let frontier = [selection.center];
  for (let hop = 0; hop < selection.hops && frontier.length > 0; hop++) {
    const result = await tx.run(NEIGHBOURS, {
      frontier,
      trade: selection.edgeKinds.includes("trade"),
      policy: selection.edgeKinds.includes("policy"),
      periodStart: selection.periodStart,
      periodEnd: selection.periodEnd,
      flow: selection.flow,
    });
    frontier = ((result.records[0]?.get("ids") as string[] | undefined) ?? []).filter(
      (id) => !seen.has(id),
    );
    for (const id of frontier) seen.add(id);
  }
  return [...seen].sort();
}

const FACT_FILTER = `($periodStart IS NULL OR f.periodStart >= $periodStart)
  AND ($periodEnd IS NULL OR f.periodEnd <= $periodEnd)
  AND ($flow IS NULL OR f.flow = $flow)`;

const NEIGHBOURS = `
  UNWIND $frontier AS id
  MATCH (e:Entity {id: id})
  CALL (e) {
    WITH e WHERE $trade
    MATCH (e)<-[:REPORTER|PARTNER|COMMODITY]-(f:TradeFact)-[:REPORTER|PARTNER|COMMODITY]->(other:Entity)
    WHERE other <> e AND ${FACT_FILTER}
    RETURN other.id AS neighbour
    UNION
    WITH e WHERE $policy
    MATCH (e)-[:${POLICY_TYPES}]-(other:Entity)
    WHERE other <> e
    RETURN other.id AS neighbour
  }
  RETURN collect(DISTINCT neighbour) AS ids`;

const ENTITIES = `
  MATCH (n:Entity)
  WHERE ($ids IS NULL OR n.id IN $ids) AND ($types IS NULL OR n.type IN $types)
  WITH n, ${IS_GROUP("n")} AS isGroup
  WHERE NOT $network OR $includeGroups OR NOT isGroup
  RETURN n, isGroup ORDER BY n.id`;

const IN_SELECTION = (v: string) =>
  `(${v}.id IN $ids OR $ids IS NULL) AND ($types IS NULL OR ${v}.type IN $types)`;

const FACTS = `
  MATCH (f:TradeFact)-[:REPORTER]->(reporter:Entity)
  WHERE ${FACT_FILTER} AND ${IN_SELECTION("reporter")}
    AND ($documentId IS NULL OR EXISTS { (f)-[:STATED_IN]->(:Document {id: $documentId}) })
  OPTIONAL MATCH (f)-[:PARTNER]->(partner:Entity)
  OPTIONAL MATCH (f)-[:COMMODITY]->(commodity:Entity)
  WITH f, reporter, partner, commodity
  WHERE (partner IS NULL OR ${IN_SELECTION("partner")})
    AND (commodity IS NULL OR ${IN_SELECTION("commodity")})
  WITH f, reporter, partner, commodity ORDER BY f.id`;

const POLICY = `
  MATCH (s:Entity)-[l:${POLICY_TYPES}]->(o:Entity)
  WHERE ${IN_SELECTION("s")} AND ${IN_SELECTION("o")}
    AND ($documentId IS NULL OR l.documentId = $documentId)
  RETURN s.id AS source, o.id AS target, type(l) AS type, properties(l) AS properties
  ORDER BY source, type, target, l.documentId`;

interface FactRow {
  f: { properties: Record<string, unknown> };
  reporter: string;
  partner: string | null;
  commodity: string | null;
  statements: { documentId: string; properties: Record<string, unknown> }[];
}

function factEdges(row: Record<string, unknown>): SubgraphEdge[] {
  const { f, reporter, partner, commodity, statements } = row as unknown as FactRow;
  const factId = f.properties.id as string;
  const edges: SubgraphEdge[] = [
    {
      key: `${factId}:REPORTER`,
      source: factId,
      target: reporter,
      type: "REPORTER",
      properties: {},
    },
  ];
  if (partner)
    edges.push({
      key: `${factId}:PARTNER`,
      source: factId,
      target: partner,
      type: "PARTNER",
      properties: {},
    });
  if (commodity)
    edges.push({
      key: `${factId}:COMMODITY`,
      source: factId,
      target: commodity,
      type: "COMMODITY",
      properties: {},
    });
  for (const statement of statements) {
    edges.push({
      key: `${factId}:STATED_IN:${statement.documentId}`,
      source: factId,
      target: statement.documentId,
      type: "STATED_IN",
      properties: clean(statement.properties),
    });
  }
  return edges;
}

/** One edge per fact and counterpart; the fact's figures travel on the edge. */
function projectedEdges(row: Record<string, unknown>): SubgraphEdge[] {
  const { f, reporter, partner, commodity, statements } = row as unknown as FactRow;
  const { id: factId, ...figures } = clean(f.properties);
  const common = {
    factId: factId as string,
    ...figures,
    documents: statements.map((s) => s.documentId).sort(),
  };
  const edges: SubgraphEdge[] = [];
  if (partner) {
    edges.push({
      key: `${factId}:TRADES_WITH`,
      source: reporter,
      target: partner,
      type: "TRADES_WITH",
      properties: clean({ ...common, commodity }),
    });
  }
  if (commodity) {
    edges.push({
      key: `${factId}:TRADES_IN`,
      source: reporter,
      target: commodity,
      type: "TRADES_IN",
      properties: clean({ ...common, partner }),
    });
  }
  return edges;
}

function nodeOf(
  node: { labels: string[]; properties: Record<string, unknown> },
  fallback: string,
): SubgraphNode {
  const labels = [...node.labels].sort((a, b) =>
    a === "Entity" ? -1 : b === "Entity" ? 1 : a.localeCompare(b),
  );
  const label = labels.find((l) => l !== "Entity") ?? fallback;
  const properties = clean(node.properties);
  return { id: properties.id as string, label, labels, properties };
}

/** Drops nulls; keeps numbers, strings, booleans and string lists. */
function clean(record: Record<string, unknown>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) out[key] = value.map(String);
    else if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
      out[key] = value;
    else out[key] = String(value);
  }
  return out;
}
