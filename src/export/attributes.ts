/**
 * The typed attributes an export can carry, declared up front. GraphML and neo4j-admin CSV
 * both want every attribute's name and type before the first row, and a streamed export
 * cannot look ahead, so the stored graph's properties (docs/GRAPH.md) are listed here once.
 * A property missing from these tables is not exported: adding one to the graph means
 * adding it here, and the round-trip tests say so.
 */
export type AttributeType = "string" | "double" | "long" | "string[]";

export type AttributeTable = Readonly<Record<string, AttributeType>>;

const ENTITY: AttributeTable = {
  type: "string",
  name: "string",
  kind: "string",
  aliases: "string[]",
  iso3: "string",
  iso2: "string",
  m49: "string",
  iso3166_2: "string",
  hs: "string",
};

const FIGURES: AttributeTable = {
  flow: "string",
  periodStart: "string",
  periodEnd: "string",
  valueAmount: "long",
  valueCurrency: "string",
  quantityAmount: "double",
  quantityUnit: "string",
  priceAmount: "double",
  priceCurrency: "string",
  pricePer: "string",
  changePct: "double",
  changeOf: "string",
  baselineStart: "string",
  baselineEnd: "string",
  sharePct: "double",
  segmentDimension: "string",
  segmentValue: "string",
};

const DOCUMENT: AttributeTable = {
  source: "string",
  title: "string",
  date: "string",
  speakers: "string[]",
  extractor: "string",
  ingestedAt: "string",
  textLength: "long",
};

const EVIDENCE: AttributeTable = { quote: "string", start: "long", end: "long", speaker: "string" };
/** A fact's other sentences in the same document (their offsets stay in the graph). */
const FACT_EVIDENCE: AttributeTable = { ...EVIDENCE, moreQuotes: "string[]" };

/** Node attributes by node label (besides `id`). */
export const NODE_ATTRIBUTES: Readonly<Record<string, AttributeTable>> = {
  Country: ENTITY,
  Region: ENTITY,
  Zone: ENTITY,
  Commodity: ENTITY,
  Agency: ENTITY,
  Measure: ENTITY,
  TradeFact: FIGURES,
  Document: DOCUMENT,
};

const POLICY_LINK: AttributeTable = { id: "string", documentId: "string", ...EVIDENCE };
const PROJECTED: AttributeTable = { factId: "string", ...FIGURES, documents: "string[]" };

/** Edge attributes by relationship type. */
export const EDGE_ATTRIBUTES: Readonly<Record<string, AttributeTable>> = {
  REPORTER: {},
  PARTNER: {},
  COMMODITY: {},
  STATED_IN: FACT_EVIDENCE,
  ISSUED: POLICY_LINK,
  IMPLEMENTS: POLICY_LINK,
  APPLIES_TO: POLICY_LINK,
  COOPERATES_WITH: POLICY_LINK,
  PART_OF: POLICY_LINK,
  SUPPORTS: POLICY_LINK,
  TRADES_WITH: { ...PROJECTED, commodity: "string" },
  TRADES_IN: { ...PROJECTED, partner: "string" },
  MENTIONS: { count: "long", aliases: "string[]" },
};

/** Every node attribute across labels, with one type each (the tables agree by design). */
export function allAttributes(
  tables: Readonly<Record<string, AttributeTable>>,
): [string, AttributeType][] {
  const merged = new Map<string, AttributeType>();
  for (const table of Object.values(tables)) {
    for (const [name, type] of Object.entries(table)) {
      const known = merged.get(name);
      if (known && known !== type)
        throw new Error(`attribute ${name} is both ${known} and ${type}`);
      merged.set(name, type);
    }
  }
  return [...merged.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** The labels an edge type joins, so a script can MATCH its ends through an index. */
export const EDGE_ENDPOINTS: Readonly<Record<string, readonly [string, string]>> = {
  REPORTER: ["TradeFact", "Entity"],
  PARTNER: ["TradeFact", "Entity"],
  COMMODITY: ["TradeFact", "Entity"],
  STATED_IN: ["TradeFact", "Document"],
  ISSUED: ["Entity", "Entity"],
  IMPLEMENTS: ["Entity", "Entity"],
  APPLIES_TO: ["Entity", "Entity"],
  COOPERATES_WITH: ["Entity", "Entity"],
  PART_OF: ["Entity", "Entity"],
  SUPPORTS: ["Entity", "Entity"],
  TRADES_WITH: ["Entity", "Entity"],
  TRADES_IN: ["Entity", "Entity"],
  MENTIONS: ["Document", "Entity"],
};
