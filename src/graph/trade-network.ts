/**
 * The analysis-ready trade network: one weighted edge per reporter, counterpart, period and
 * flow, built only from whole-trade figures, so that adding or ranking edges counts no trade
 * twice. A fact about one commodity or one segment (a mode of trade, an enterprise type) is
 * part of a whole already counted, and is left out; so is a fact without a value, and a
 * value measured against a baseline (as topPartners leaves it out).
 *
 * Edges: TRADE_FLOW reporter → partner (facts with a partner and no commodity), and
 * COMMODITY_FLOW reporter → commodity (facts with a commodity and no partner). Their key is
 * (source, target, flow, periodStart, periodEnd, currency): a month and a year, or yuan and
 * dollars, never share an edge. `weight` is the value in `currency`; facts restating the same
 * figure from several documents do not add up: the largest value is kept and `facts` counts
 * them. Entities that stand for several others (entity-groups.ts) are flagged
 * `group` on nodes and, with every edge touching them, left out unless includeGroups.
 */
import type { SubgraphEdge } from "./subgraph.js";

/** Cypher true when the entity bound to `v` is a group, with $groupKinds given. */
export const IS_GROUP = (v: string) => `coalesce(${v}.kind IN $groupKinds[${v}.type], false)`;

/** The network's edges, given the FACT_FILTER and IN_SELECTION of the subgraph reader. */
export function networkEdgesQuery(factFilter: string, inSelection: (v: string) => string): string {
  return `
  MATCH (f:TradeFact)-[:REPORTER]->(reporter:Entity)
  WHERE ${factFilter} AND ${inSelection("reporter")}
    AND f.valueAmount IS NOT NULL AND f.segmentDimension IS NULL AND f.baselineStart IS NULL
    AND ($documentId IS NULL OR EXISTS { (f)-[:STATED_IN]->(:Document {id: $documentId}) })
  OPTIONAL MATCH (f)-[:PARTNER]->(partner:Entity)
  OPTIONAL MATCH (f)-[:COMMODITY]->(commodity:Entity)
  WITH f, reporter, coalesce(partner, commodity) AS target,
    CASE WHEN partner IS NULL THEN 'COMMODITY_FLOW' ELSE 'TRADE_FLOW' END AS type
  WHERE (partner IS NULL) <> (commodity IS NULL) AND ${inSelection("target")}
    AND ($includeGroups OR NOT (${IS_GROUP("reporter")} OR ${IS_GROUP("target")}))
  WITH reporter.id AS source, target.id AS target, type, f.flow AS flow,
    f.periodStart AS periodStart, f.periodEnd AS periodEnd, f.valueCurrency AS currency,
    max(f.valueAmount) AS weight, count(f) AS facts
  RETURN source, target, type, flow, periodStart, periodEnd, currency, weight, facts
  ORDER BY source, target, type, periodStart, periodEnd, flow, currency`;
}

export function networkEdge(row: Record<string, unknown>): SubgraphEdge {
  const { source, target, type, flow, periodStart, periodEnd, currency, weight, facts } = row as {
    [key: string]: string | number;
  };
  return {
    key: `${source}>${target}:${type}:${flow}:${periodStart}/${periodEnd}:${currency}`,
    source: String(source),
    target: String(target),
    type: String(type),
    properties: { flow, periodStart, periodEnd, currency, weight, facts },
  };
}
