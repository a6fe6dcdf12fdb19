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

function factWhere(filter: TradeFactFilter): {
  clauses: string[];
  params: Record<string, unknown>;
} {
  const { clauses, params, add } = conditions();
  add("EXISTS { (f)-[:REPORTER]->(:Entity {id: $reporter}) }", "reporter", filter.reporter);
  add("EXISTS { (f)-[:PARTNER]->(:Entity {id: $partner}) }", "partner", filter.partner);
  add("EXISTS { (f)-[:COMMODITY]->(:Entity {id: $commodity}) }", "commodity", filter.commodity);
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
  add(
    "EXISTS { (f)-[:STATED_IN]->(:Document {id: $documentId}) }",
    "documentId",
    filter.documentId,
  );
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

export async function listTradeFacts(
  db: Database,
  filter: TradeFactFilter,
  order: TradeFactOrder,
  slice: Slice,
  options: ReadOptions = {},
): Promise<Page<TradeFactRow>> {
  const { clauses, params } = factWhere(filter);
  const sort = SORT_VALUE[order.field];
  const desc = order.direction === "DESC";
  let orderBy: string;
  if (order.field === "ID") {
    if (slice.after) clauses.push(desc ? "f.id < $afterId" : "f.id > $afterId");
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
    `MATCH (f:TradeFact)
     ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
     RETURN ${FACT_MAP} AS row
     ORDER BY ${orderBy}
     LIMIT $limit`,
    { ...params, limit: limitParam(slice.first) },
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
  const { clauses, params } = factWhere(filter);
  const result = await db.read(
    `MATCH (f:TradeFact)
     ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
     RETURN count(f) AS n`,
    params,
    options,
  );
  return Number(result.records[0].get("n"));
}

/** What a nested fact list hangs from: an entity in one role, or the document stating them. */
export type FactAnchor = "REPORTER" | "PARTNER" | "COMMODITY" | "DOCUMENT";

const ANCHOR_PATTERN: Record<FactAnchor, string> = {
  REPORTER: "(f:TradeFact)-[:REPORTER]->(:Entity {id: k.id})",
  PARTNER: "(f:TradeFact)-[:PARTNER]->(:Entity {id: k.id})",
  COMMODITY: "(f:TradeFact)-[:COMMODITY]->(:Entity {id: k.id})",
  DOCUMENT: "(f:TradeFact)-[:STATED_IN]->(:Document {id: k.id})",
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
     RETURN i, ${FACT_MAP} AS row`,
    { keys: keys.map((k) => ({ id: k.id, after: k.after })), limit: limitParam(first) },
    options,
  );
  return pagesByKey(result.records, keys.length, toTradeFact, (row) => [row.id], first);
}

/** How many facts hang from each parent, in the order of `ids`. */
export async function countTradeFactsByAnchor(
  db: Database,
  anchor: FactAnchor,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<number[]> {
  const result = await db.read(
    `UNWIND $ids AS id
     WITH {id: id} AS k
     RETURN k.id AS id, COUNT { MATCH ${ANCHOR_PATTERN[anchor]} RETURN f } AS n`,
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
