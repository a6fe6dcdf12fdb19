/**
 * The tidy tables every data tool reads in one line: nodes (entities), edges (entity to
 * entity: one per trade fact and counterpart, and the policy links) and facts (one row per
 * trade fact with its entities' ids and names). Plain snake_case headers, one typed value per
 * cell: months become ISO dates (a period's first and last day), lists become JSON text.
 * Edges of the network view (src/graph/trade-network.ts) fill weight and fact_count instead
 * of fact_id and value_amount; MENTIONS edges (document → entity) mention_count, and their
 * documents are nodes of type Document named by their title.
 * CSV and Parquet writers share these declarations, so both carry the same columns and types.
 */

import { isGroupEntity } from "../../graph/entity-groups.js";
import type {
  FactTableRow,
  PropertyValue,
  SubgraphEdge,
  SubgraphNode,
} from "../../graph/subgraph.js";

export type TidyType = "string" | "long" | "double" | "boolean" | "date";
export type TidyValue = string | number | boolean | null;

export interface TidyColumn<Row> {
  name: string;
  type: TidyType;
  value(row: Row): TidyValue;
}

export interface TidyTable<Row> {
  /** The file name without extension: nodes, edges, facts. */
  name: string;
  columns: readonly TidyColumn<Row>[];
}

const text = (value: PropertyValue | undefined): string | null =>
  value === undefined ? null : Array.isArray(value) ? JSON.stringify(value) : String(value);
const number = (value: PropertyValue | undefined): number | null =>
  typeof value === "number" ? value : value === undefined ? null : Number(value);

/** `YYYY-MM` → the month's first day, `YYYY-MM-01`. */
export function monthStart(month: PropertyValue | undefined): string | null {
  return typeof month === "string" && /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : null;
}

/** `YYYY-MM` → the month's last day (`2024-02` → `2024-02-29`). */
export function monthEnd(month: PropertyValue | undefined): string | null {
  if (typeof month !== "string" || !/^\d{4}-\d{2}$/.test(month)) return null;
  const [year, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, "0")}`;
}

function prop<Row>(
  name: string,
  type: TidyType,
  of: (row: Row) => Record<string, PropertyValue>,
  key: string,
): TidyColumn<Row> {
  const read = type === "long" || type === "double" ? number : text;
  return { name, type, value: (row) => read(of(row)[key]) };
}

const props = (node: SubgraphNode) => node.properties;

export const NODE_TABLE: TidyTable<SubgraphNode> = {
  name: "nodes",
  columns: [
    { name: "id", type: "string", value: (n) => n.id },
    { name: "type", type: "string", value: (n) => n.label },
    { name: "name", type: "string", value: (n) => text(n.properties.name ?? n.properties.title) },
    prop("kind", "string", props, "kind"),
    {
      name: "group",
      type: "boolean",
      value: (n) => isGroupEntity(n.label, text(n.properties.kind)),
    },
    prop("iso3", "string", props, "iso3"),
    prop("iso2", "string", props, "iso2"),
    prop("m49", "string", props, "m49"),
    prop("iso3166_2", "string", props, "iso3166_2"),
    prop("hs", "string", props, "hs"),
    { name: "aliases", type: "string", value: (n) => JSON.stringify(n.properties.aliases ?? []) },
  ],
};

const eprops = (edge: SubgraphEdge) => edge.properties;
const isTrade = (edge: SubgraphEdge) => edge.type === "TRADES_WITH" || edge.type === "TRADES_IN";

export const EDGE_TABLE: TidyTable<SubgraphEdge> = {
  name: "edges",
  columns: [
    { name: "source", type: "string", value: (e) => e.source },
    { name: "target", type: "string", value: (e) => e.target },
    { name: "type", type: "string", value: (e) => e.type },
    prop("fact_id", "string", eprops, "factId"),
    prop("flow", "string", eprops, "flow"),
    { name: "period_start", type: "date", value: (e) => monthStart(e.properties.periodStart) },
    { name: "period_end", type: "date", value: (e) => monthEnd(e.properties.periodEnd) },
    prop("value_amount", "long", eprops, "valueAmount"),
    {
      name: "value_currency",
      type: "string",
      value: (e) => text(e.properties.valueCurrency ?? e.properties.currency),
    },
    prop("weight", "long", eprops, "weight"),
    prop("fact_count", "long", eprops, "facts"),
    prop("mention_count", "long", eprops, "count"),
    prop("segment_dimension", "string", eprops, "segmentDimension"),
    prop("segment_value", "string", eprops, "segmentValue"),
    { name: "link_id", type: "string", value: (e) => (isTrade(e) ? null : text(e.properties.id)) },
    prop("document_id", "string", eprops, "documentId"),
    prop("quote", "string", eprops, "quote"),
  ],
};

const fprops = (row: FactTableRow) => row.fact;

export const FACT_TABLE: TidyTable<FactTableRow> = {
  name: "facts",
  columns: [
    prop("fact_id", "string", fprops, "id"),
    prop("flow", "string", fprops, "flow"),
    { name: "period_start", type: "date", value: (r) => monthStart(r.fact.periodStart) },
    { name: "period_end", type: "date", value: (r) => monthEnd(r.fact.periodEnd) },
    { name: "reporter_id", type: "string", value: (r) => r.reporter.id },
    { name: "reporter_name", type: "string", value: (r) => r.reporter.name },
    { name: "partner_id", type: "string", value: (r) => r.partner?.id ?? null },
    { name: "partner_name", type: "string", value: (r) => r.partner?.name ?? null },
    { name: "commodity_id", type: "string", value: (r) => r.commodity?.id ?? null },
    { name: "commodity_name", type: "string", value: (r) => r.commodity?.name ?? null },
    prop("value_amount", "long", fprops, "valueAmount"),
    prop("value_currency", "string", fprops, "valueCurrency"),
    prop("quantity_amount", "double", fprops, "quantityAmount"),
    prop("quantity_unit", "string", fprops, "quantityUnit"),
    prop("price_amount", "double", fprops, "priceAmount"),
    prop("price_currency", "string", fprops, "priceCurrency"),
    prop("price_per", "string", fprops, "pricePer"),
    prop("change_pct", "double", fprops, "changePct"),
    prop("change_of", "string", fprops, "changeOf"),
    { name: "baseline_start", type: "date", value: (r) => monthStart(r.fact.baselineStart) },
    { name: "baseline_end", type: "date", value: (r) => monthEnd(r.fact.baselineEnd) },
    prop("share_pct", "double", fprops, "sharePct"),
    prop("segment_dimension", "string", fprops, "segmentDimension"),
    prop("segment_value", "string", fprops, "segmentValue"),
    prop("confidence", "double", fprops, "confidence"),
    { name: "documents", type: "string", value: (r) => JSON.stringify(r.documents) },
  ],
};

export function rowOf<Row>(table: TidyTable<Row>, row: Row): TidyValue[] {
  return table.columns.map((column) => column.value(row));
}
