/**
 * Reads of trade facts: the filtered, ordered list; the per-entity and per-document lists
 * that DataLoaders batch; one series over time; the ranking of partners.
 *
 * Filters are assembled from a fixed set of clauses with $parameters; the only text spliced
 * into Cypher comes from closed enums (a role's relationship type, a metric's property).
 */
import neo4j from "neo4j-driver";
import type { Flow, SegmentDimension } from "../../core/contract.js";
import type { Database } from "../database.js";
import { conditions } from "./conditions.js";
import {
  type FactProjection,
  type FactProperty,
  factMap,
  WHOLE_FACT,
  withProperties,
} from "./fact-projection.js";
import {
  limitParam,
  type Page,
  pagesByKey,
  type ReadOptions,
  type Slice,
  type SortKey,
  toPage,
} from "./paging.js";
import { FACT_MAP, type TradeFactRow, toTradeFact } from "./rows.js";

export interface TradeFactFilter {
  reporter?: string | null;
  partner?: string | null;
  commodity?: string | null;
  flows?: Flow[] | null;
  segmentDimension?: SegmentDimension | null;
  segmentValue?: string | null;
  /** false: only facts about all segments (no segment); true: only segmented ones. */
  segmented?: boolean | null;
  /** Facts whose period starts in or after this month (YYYY-MM). */
  periodFrom?: string | null;
  /** Facts whose period ends in or before this month (YYYY-MM). */
  periodTo?: string | null;
  valueMin?: number | null;
  valueMax?: number | null;
  currency?: string | null;
  /** Only facts whose change measures this. */
  changeOf?: "VALUE" | "QUANTITY" | "PRICE" | null;
  documentId?: string | null;
}

export type TradeFactSortField = "ID" | "PERIOD" | "VALUE" | "CHANGE_PCT";
export type SortDirection = "ASC" | "DESC";

export interface TradeFactOrder {
  field: TradeFactSortField;
  direction: SortDirection;
}

/**
 * Each order is (sort value, id). Periods are fixed-width strings, so start + end sorts as
 * the pair does; facts without the number sort as -1e300 (last when descending).
 */
const SORT_VALUE: Record<TradeFactSortField, string> = {
  ID: "f.id",
  PERIOD: "f.periodStart + '/' + f.periodEnd",
  VALUE: "coalesce(f.valueAmount, -1.0e300)",
  CHANGE_PCT: "coalesce(f.changePct, -1.0e300)",
};

/**
 * The MATCH of a filtered list: anchored on the entities (and document) the filter names, so
 * the database starts from those nodes and expands to their facts instead of scanning a
 * :TradeFact index and checking each fact's reporter (issue 17: 60k db hits against 31k at
 * 20k facts). REPORTER, PARTNER, COMMODITY and STATED_IN only ever start at a :TradeFact, so
 * an anchored `f` needs no label check.
 */
function factMatch(filter: TradeFactFilter): { match: string; params: Record<string, unknown> } {
  const anchors: string[] = [];
  const params: Record<string, unknown> = {};
  const anchor = (name: string, relationship: string, label: string, value: unknown) => {
    if (value === null || value === undefined) return;
    params[name] = value;
    anchors.push(
      anchors.length === 0
        ? `(:${label} {id: $${name}})<-[:${relationship}]-(f)`
        : `(f)-[:${relationship}]->(:${label} {id: $${name}})`,
    );
  };
  anchor("reporter", "REPORTER", "Entity", filter.reporter);
  anchor("partner", "PARTNER", "Entity", filter.partner);
  anchor("commodity", "COMMODITY", "Entity", filter.commodity);
  anchor("documentId", "STATED_IN", "Document", filter.documentId);
  return { match: `MATCH ${anchors.length ? anchors.join(", ") : "(f:TradeFact)"}`, params };
}

/** The filter's conditions on the fact's own properties. */
function factWhere(filter: TradeFactFilter): {
  clauses: string[];
  params: Record<string, unknown>;
} {
  const { clauses, params, add } = conditions();
  if (filter.flows?.length) add("f.flow IN $flows", "flows", filter.flows);
  add("f.segmentDimension = $segmentDimension", "segmentDimension", filter.segmentDimension);
  add("f.segmentValue = $segmentValue", "segmentValue", filter.segmentValue);
  if (filter.segmented === true) clauses.push("f.segmentDimension IS NOT NULL");
  if (filter.segmented === false) clauses.push("f.segmentDimension IS NULL");
  add("f.periodStart >= $periodFrom", "periodFrom", filter.periodFrom);
  add("f.periodEnd <= $periodTo", "periodTo", filter.periodTo);
  add("f.valueAmount >= $valueMin", "valueMin", filter.valueMin);
  add("f.valueAmount <= $valueMax", "valueMax", filter.valueMax);
  add("f.valueCurrency = $currency", "currency", filter.currency);
  add("f.changeOf = $changeOf", "changeOf", filter.changeOf);
  return { clauses, params };
}

export function tradeFactKey(row: TradeFactRow, field: TradeFactSortField): SortKey {
  switch (field) {
    case "ID":
      return [row.id];
    case "PERIOD":
      return [`${row.periodStart}/${row.periodEnd}`, row.id];
    case "VALUE":
      return [row.valueAmount ?? -1.0e300, row.id];
    case "CHANGE_PCT":
      return [row.changePct ?? -1.0e300, row.id];
  }
}

/** The properties a row must carry for its cursor in this order. */
const SORT_PROPERTIES: Record<TradeFactSortField, FactProperty[]> = {
  ID: [],
  PERIOD: ["periodStart", "periodEnd"],
  VALUE: ["valueAmount"],
  CHANGE_PCT: ["changePct"],
};

export async function listTradeFacts(
  db: Database,
  filter: TradeFactFilter,
  order: TradeFactOrder,
  slice: Slice,
  options: ReadOptions = {},
  projection: FactProjection = WHOLE_FACT,
): Promise<Page<TradeFactRow>> {
  const { match, params: anchorParams } = factMatch(filter);
  const { clauses, params } = factWhere(filter);
  const sort = SORT_VALUE[order.field];
  const desc = order.direction === "DESC";
  let orderBy: string;
  if (order.field === "ID") {
    if (slice.after) clauses.push(desc ? "f.id < $afterId" : "f.id > $afterId");
    // always true; lets an unfiltered list walk the id index in order and stop at LIMIT
    else clauses.push("f.id IS NOT NULL");
    params.afterId = slice.after?.[0] ?? null;
    orderBy = `f.id ${order.direction}`;
  } else {
    if (slice.after) {
      clauses.push(
        `(${sort} ${desc ? "<" : ">"} $afterValue OR (${sort} = $afterValue AND f.id > $afterId))`,
      );
      params.afterValue = slice.after[0];
      params.afterId = slice.after[1];
    }
    orderBy = `${sort} ${order.direction}, f.id ASC`;
  }
  const result = await db.read(
    `${match}
     ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
     WITH f ORDER BY ${orderBy} LIMIT $limit
     RETURN ${factMap(withProperties(projection, SORT_PROPERTIES[order.field]))} AS row`,
    { ...anchorParams, ...params, limit: limitParam(slice.first) },
    options,
  );
  const rows = result.records.map((r) => toTradeFact(r.get("row")));
  return toPage(rows, (row) => tradeFactKey(row, order.field), slice.first);
}

export async function countTradeFacts(
  db: Database,
  filter: TradeFactFilter,
  options: ReadOptions = {},
): Promise<number> {
  const { match, params: anchorParams } = factMatch(filter);
  const { clauses, params } = factWhere(filter);
  const result = await db.read(
    `${match}
     ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
     RETURN count(f) AS n`,
    { ...anchorParams, ...params },
    options,
  );
  return Number(result.records[0].get("n"));
}

/** What a nested fact list hangs from: an entity in one role, or the document stating them. */
export type FactAnchor = "REPORTER" | "PARTNER" | "COMMODITY" | "DOCUMENT";

/** From the parent to its facts (only facts have these relationships: no label check on f). */
const ANCHOR_PATTERN: Record<FactAnchor, string> = {
  REPORTER: "(:Entity {id: k.id})<-[:REPORTER]-(f)",
  PARTNER: "(:Entity {id: k.id})<-[:PARTNER]-(f)",
  COMMODITY: "(:Entity {id: k.id})<-[:COMMODITY]-(f)",
  DOCUMENT: "(:Document {id: k.id})<-[:STATED_IN]-(f)",
};

/** The parent node, for counting its facts by its degree. */
const ANCHOR_DEGREE: Record<FactAnchor, { node: string; degree: string }> = {
  REPORTER: { node: "(p:Entity {id: id})", degree: "COUNT { (p)<-[:REPORTER]-() }" },
  PARTNER: { node: "(p:Entity {id: id})", degree: "COUNT { (p)<-[:PARTNER]-() }" },
  COMMODITY: { node: "(p:Entity {id: id})", degree: "COUNT { (p)<-[:COMMODITY]-() }" },
  DOCUMENT: { node: "(p:Document {id: id})", degree: "COUNT { (p)<-[:STATED_IN]-() }" },
};

export interface BatchKey {
  id: string;
  /** Id of the last fact already seen under this parent, or null. */
  after: string | null;
}

/**
 * One page of facts (id order) for each parent, all in one statement: a correlated subquery
 * per parent applies the keyset WHERE and the LIMIT to that parent alone. Pages come back in
 * the order of `keys`.
 */
export async function tradeFactsByAnchor(
  db: Database,
  anchor: FactAnchor,
  keys: readonly BatchKey[],
  first: number,
  options: ReadOptions = {},
  projection: FactProjection = WHOLE_FACT,
): Promise<Page<TradeFactRow>[]> {
  const result = await db.read(
    `UNWIND range(0, size($keys) - 1) AS i
     WITH i, $keys[i] AS k
     CALL (k) {
       MATCH ${ANCHOR_PATTERN[anchor]}
       WHERE k.after IS NULL OR f.id > k.after
       RETURN f
       ORDER BY f.id
       LIMIT $limit
     }
     RETURN i, ${factMap(projection)} AS row`,
    { keys: keys.map((k) => ({ id: k.id, after: k.after })), limit: limitParam(first) },
    options,
  );
  return pagesByKey(result.records, keys.length, toTradeFact, (row) => [row.id], first);
}

/**
 * How many facts hang from each parent, in the order of `ids`: the parent's degree in that
 * relationship, which Neo4j keeps (no fact is visited).
 */
export async function countTradeFactsByAnchor(
  db: Database,
  anchor: FactAnchor,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<number[]> {
  const { node, degree } = ANCHOR_DEGREE[anchor];
  const result = await db.read(
    `UNWIND $ids AS id
     MATCH ${node}
     RETURN id, ${degree} AS n`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(result.records.map((r) => [r.get("id") as string, Number(r.get("n"))]));
  return ids.map((id) => byId.get(id) ?? 0);
}

export type Metric = "VALUE" | "QUANTITY" | "PRICE" | "CHANGE_PCT" | "SHARE_PCT";

export const METRIC_PROPERTY: Record<Metric, string> = {
  VALUE: "valueAmount",
  QUANTITY: "quantityAmount",
  PRICE: "priceAmount",
  CHANGE_PCT: "changePct",
  SHARE_PCT: "sharePct",
};

export interface PartnerRanking {
  partnerId: string;
  partnerType: string;
  measure: number;
  fact: TradeFactRow;
}

/**
 * A reporter's partners ranked by one number of their facts for exactly one period and flow
 * (all goods, no segment, year on year). Only partners of the given entity types are ranked,
 * and of those that have a kind (regions, zones), only the given kinds: countries and
 * economic blocs by default (src/api), so groups such as "Belt and Road countries" are not
 * ranked among their own members unless asked for. A partner with several such facts (two
 * documents, two figures) ranks by its largest.
 */
export async function topPartners(
  db: Database,
  query: {
    reporter: string;
    periodStart: string;
    periodEnd: string;
    flow: Flow;
    by: Metric;
    currency: string | null;
    limit: number;
    types: readonly string[];
    /** null: every kind */
    kinds: readonly string[] | null;
  },
  options: ReadOptions = {},
): Promise<PartnerRanking[]> {
  const property = METRIC_PROPERTY[query.by];
  const result = await db.read(
    `MATCH (f:TradeFact {flow: $flow, periodStart: $periodStart, periodEnd: $periodEnd})
           -[:REPORTER]->(:Entity {id: $reporter})
     WHERE f.segmentDimension IS NULL AND f.${property} IS NOT NULL
       AND NOT EXISTS { (f)-[:COMMODITY]->() }
       ${query.currency === null ? "" : "AND coalesce(f.valueCurrency, f.priceCurrency) = $currency"}
       AND f.baselineStart IS NULL
     MATCH (f)-[:PARTNER]->(p:Entity)
     WHERE p.type IN $types AND (p.kind IS NULL OR $kinds IS NULL OR p.kind IN $kinds)
     WITH p, f ORDER BY f.${property} DESC, f.id
     WITH p, collect(f)[0] AS f
     RETURN p.id AS partnerId, p.type AS partnerType, f.${property} AS measure, ${FACT_MAP} AS row
     ORDER BY measure DESC, partnerId
     LIMIT $limit`,
    {
      ...query,
      types: [...query.types],
      kinds: query.kinds && [...query.kinds],
      limit: neo4j.int(query.limit),
    },
    options,
  );
  return result.records.map((r) => ({
    partnerId: r.get("partnerId") as string,
    partnerType: r.get("partnerType") as string,
    measure: Number(r.get("measure")),
    fact: toTradeFact(r.get("row")),
  }));
}
