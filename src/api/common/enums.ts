/**
 * GraphQL enums. The entity types, flows, predicates and segment dimensions mirror the
 * extraction contract's closed lists, so a value the graph cannot hold is refused by
 * GraphQL itself before any resolver runs.
 */
import { registerEnumType } from "type-graphql";
import {
  CURRENCIES,
  ENTITY_TYPES,
  type EntityType as EntityTypeValue,
  FLOWS,
  type Flow as FlowValue,
  PREDICATES,
  type Predicate as PredicateValue,
  SEGMENT_DIMENSIONS,
  type SegmentDimension as SegmentDimensionValue,
} from "../../core/contract.js";

const fromList = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** GraphQL names in UPPER_CASE, like every other enum; resolvers keep the graph's labels. */
export const EntityType = Object.fromEntries(ENTITY_TYPES.map((v) => [v.toUpperCase(), v])) as {
  [K in EntityTypeValue as Uppercase<K>]: K;
};
export const Flow = fromList<FlowValue>(FLOWS);
export const Predicate = fromList<PredicateValue>(PREDICATES);
export const SegmentDimension = fromList<SegmentDimensionValue>(SEGMENT_DIMENSIONS);
export const Currency = fromList(CURRENCIES);

export const SortDirection = { ASC: "ASC", DESC: "DESC" } as const;
export const TradeFactSortField = {
  ID: "ID",
  PERIOD: "PERIOD",
  VALUE: "VALUE",
  CHANGE_PCT: "CHANGE_PCT",
} as const;
export const Metric = {
  VALUE: "VALUE",
  QUANTITY: "QUANTITY",
  PRICE: "PRICE",
  CHANGE_PCT: "CHANGE_PCT",
  SHARE_PCT: "SHARE_PCT",
} as const;

registerEnumType(EntityType, {
  name: "EntityType",
  description: "The kind of an entity: the second label of its node (COUNTRY is `:Country`).",
  valuesConfig: {
    AGENCY: { description: "A government body: a ministry, the customs administration." },
    COMMODITY: { description: "Goods traded: a product, a product group, an HS chapter." },
    COUNTRY: { description: "A country or territory (ISO 3166)." },
    MEASURE: { description: "A policy measure: a regulation, a programme, a policy." },
    REGION: { description: "A region: a group of economies, or an area within a country." },
    ZONE: { description: "A zone under special customs rules: a free trade zone, a bonded zone." },
  },
});

/** Export views: the graph as stored, or facts projected onto entity-to-entity edges. */
export const ExportView = { FACTS: "facts", ENTITIES: "entities", NETWORK: "network" } as const;
registerEnumType(ExportView, {
  name: "ExportView",
  description: "How an export shows trade facts.",
  valuesConfig: {
    FACTS: { description: "The graph as stored: entities, TradeFact and Document nodes." },
    ENTITIES: {
      description:
        "Each fact projected onto entity-to-entity TRADES_WITH and TRADES_IN edges, for graph algorithms.",
    },
    NETWORK: {
      description:
        "The analysis-ready trade network: one weighted edge per reporter, counterpart, period, flow and currency from whole-trade figures only; groups flagged and left out unless includeGroups.",
    },
  },
});

/** Edge kinds of an export. */
export const EdgeKind = { TRADE: "trade", POLICY: "policy", MENTIONS: "mentions" } as const;
registerEnumType(EdgeKind, {
  name: "EdgeKind",
  description: "Which edges an export carries.",
  valuesConfig: {
    TRADE: { description: "Trade facts and their entities." },
    POLICY: { description: "Policy links between entities." },
    MENTIONS: {
      description:
        "Document → entity MENTIONS edges with how often the document names the entity; the documents come along as nodes.",
    },
  },
});
registerEnumType(Flow, {
  name: "Flow",
  description: "Which trade a figure measures: both ways, exports, imports, or their balance.",
  valuesConfig: {
    TOTAL: { description: "Imports and exports together (total trade)." },
    EXPORT: { description: "Exports of the reporter." },
    IMPORT: { description: "Imports of the reporter." },
    BALANCE: { description: "Exports less imports (a surplus is positive)." },
  },
});
registerEnumType(Predicate, {
  name: "Predicate",
  description: "What a policy link says: the relationship type between its two entities.",
  valuesConfig: {
    ISSUED: { description: "The subject (an agency) issued the object (a measure)." },
    IMPLEMENTS: { description: "The subject carries out the object (a measure)." },
    APPLIES_TO: { description: "The subject (a measure) applies to the object." },
    COOPERATES_WITH: { description: "The subject and the object work together." },
    PART_OF: { description: "The subject belongs to the object (a member, a part)." },
    SUPPORTS: { description: "The subject backs or promotes the object." },
  },
});
registerEnumType(SegmentDimension, {
  name: "SegmentDimension",
  description: "The dimension a segmented figure is broken down by.",
  valuesConfig: {
    ENTERPRISE_TYPE: { description: "Who trades: private, state-owned, foreign-invested firms." },
    TRADE_MODE: { description: "How goods are traded: general trade, processing trade." },
    CHANNEL: { description: "Through what: cross-border e-commerce, market procurement." },
    TRANSPORT_MODE: { description: "How goods travel: by sea, rail, road, air." },
  },
});
registerEnumType(Currency, {
  name: "Currency",
  description: "A currency of trade values.",
  valuesConfig: {
    CNY: { description: "Chinese yuan (renminbi)." },
    USD: { description: "US dollar." },
    EUR: { description: "Euro." },
  },
});
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Ascending or descending.",
  valuesConfig: {
    ASC: { description: "Smallest first." },
    DESC: { description: "Largest first." },
  },
});
registerEnumType(TradeFactSortField, {
  name: "TradeFactSortField",
  description: "What trade facts can be sorted by; ties are broken by id.",
  valuesConfig: {
    ID: { description: "The fact's id." },
    PERIOD: { description: "Period start, then period end." },
    VALUE: { description: "The value amount; facts without one come last when descending." },
    CHANGE_PCT: {
      description: "The change in percent; facts without one come last when descending.",
    },
  },
});
registerEnumType(Metric, {
  name: "Metric",
  description: "One number of a trade fact, as a series or a ranking measures it.",
  valuesConfig: {
    VALUE: { description: "The value amount (in the fact's currency)." },
    QUANTITY: { description: "The quantity amount (in the fact's unit)." },
    PRICE: { description: "The unit price." },
    CHANGE_PCT: { description: "The change against the baseline period, in percent." },
    SHARE_PCT: { description: "The share of a total, in percent." },
  },
});

export const ChangeOf = { VALUE: "VALUE", QUANTITY: "QUANTITY", PRICE: "PRICE" } as const;
registerEnumType(ChangeOf, {
  name: "ChangeOf",
  description: "What a change in percent measures.",
  valuesConfig: {
    VALUE: { description: "The value traded (money)." },
    QUANTITY: { description: "The quantity traded (volume)." },
    PRICE: { description: "The unit price." },
  },
});

export const FactFigure = {
  VALUE: "VALUE",
  QUANTITY: "QUANTITY",
  PRICE: "PRICE",
  CHANGE: "CHANGE",
  SHARE: "SHARE",
} as const;
registerEnumType(FactFigure, {
  name: "FactFigure",
  description: "One of the figures a trade fact carries, as a sentence may write it out.",
  valuesConfig: {
    VALUE: { description: "The value traded." },
    QUANTITY: { description: "The quantity traded." },
    PRICE: { description: "The unit price." },
    CHANGE: { description: "The change in percent." },
    SHARE: { description: "The share of a total, in percent." },
  },
});
