/**
 * Which parts of a trade fact a read brings back. A page of facts whose client asked for ids
 * and values need not read every property, expand to three entities and gather every
 * sentence of evidence: the projection names what is needed, and the Cypher map projection
 * is built from it (property names from the fixed allow-list below, never from input).
 *
 * Why: a fact's evidence is most of its bytes and of the database's work per row, and the
 * issue-17 measurements showed that fetching it whatever the selection was a fixed cost of
 * every request.
 */
import { FACT_MAP } from "./rows.js";

/** Every stored property of a :TradeFact (docs/GRAPH.md): the allow-list of projections. */
export const FACT_PROPERTIES = [
  "id",
  "flow",
  "periodStart",
  "periodEnd",
  "valueAmount",
  "valueCurrency",
  "quantityAmount",
  "quantityUnit",
  "priceAmount",
  "priceCurrency",
  "pricePer",
  "changePct",
  "changeOf",
  "baselineStart",
  "baselineEnd",
  "sharePct",
  "segmentDimension",
  "segmentValue",
] as const;

export type FactProperty = (typeof FACT_PROPERTIES)[number];

/** The figures whose written form decides which sentence of the evidence comes first. */
export const EVIDENCE_ORDER_PROPERTIES: readonly FactProperty[] = [
  "valueAmount",
  "quantityAmount",
  "priceAmount",
  "changePct",
  "sharePct",
];

export interface FactProjection {
  /** Properties to read; `id` is always read. */
  properties: ReadonlySet<FactProperty>;
  reporter: boolean;
  partner: boolean;
  commodity: boolean;
  /** Every sentence stating the fact (and the figures that order them). */
  evidence: boolean;
}

/** Everything: what reads return when nobody said what they need. */
export const WHOLE_FACT: FactProjection = Object.freeze({
  properties: new Set(FACT_PROPERTIES),
  reporter: true,
  partner: true,
  commodity: true,
  evidence: true,
});

const isWhole = (p: FactProjection) =>
  p.reporter &&
  p.partner &&
  p.commodity &&
  p.evidence &&
  FACT_PROPERTIES.every((name) => p.properties.has(name));

/** The projection with these properties read as well (a sort key, say). */
export function withProperties(
  projection: FactProjection,
  more: readonly FactProperty[],
): FactProjection {
  if (more.every((name) => projection.properties.has(name))) return projection;
  return { ...projection, properties: new Set([...projection.properties, ...more]) };
}

/** A stable name of the projection: loaders batch only requests that need the same parts. */
export function projectionKey(projection: FactProjection): string {
  if (isWhole(projection)) return "*";
  const parts = FACT_PROPERTIES.filter((name) => projection.properties.has(name));
  if (projection.reporter) parts.push("+reporter" as FactProperty);
  if (projection.partner) parts.push("+partner" as FactProperty);
  if (projection.commodity) parts.push("+commodity" as FactProperty);
  if (projection.evidence) parts.push("+evidence" as FactProperty);
  return parts.join(",");
}

const ENTITY_ID_OF = {
  reporter: "reporterId: [(f)-[:REPORTER]->(x) | x.id][0]",
  partner: "partnerId: [(f)-[:PARTNER]->(x) | x.id][0]",
  commodity: "commodityId: [(f)-[:COMMODITY]->(x) | x.id][0]",
} as const;

const EVIDENCE = `evidence: [(f)-[s:STATED_IN]->(d) |
    s { .quote, .start, .end, .speaker, .moreQuotes, .moreStarts, .moreEnds, documentId: d.id }]`;

/** The map projection of a :TradeFact bound to `f` that reads what `projection` names. */
export function factMap(projection: FactProjection): string {
  if (isWhole(projection)) return FACT_MAP;
  const properties = new Set(projection.properties);
  properties.add("id");
  if (projection.evidence) for (const name of EVIDENCE_ORDER_PROPERTIES) properties.add(name);
  const entries = FACT_PROPERTIES.filter((name) => properties.has(name)).map((name) => `.${name}`);
  for (const role of ["reporter", "partner", "commodity"] as const) {
    if (projection[role]) entries.push(ENTITY_ID_OF[role]);
  }
  if (projection.evidence) entries.push(EVIDENCE);
  return `f { ${entries.join(", ")} }`;
}
