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

export const EntityType = fromList<EntityTypeValue>(ENTITY_TYPES);
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
  description: "The kind of an entity: the second label of its node.",
});
registerEnumType(Flow, {
  name: "Flow",
  description: "Which trade a figure measures: both ways, exports, imports, or their balance.",
});
registerEnumType(Predicate, {
  name: "Predicate",
  description: "What a policy link says: the relationship type between its two entities.",
});
registerEnumType(SegmentDimension, {
  name: "SegmentDimension",
  description: "The dimension a segmented figure is broken down by.",
});
registerEnumType(Currency, { name: "Currency", description: "A currency of trade values." });
registerEnumType(SortDirection, { name: "SortDirection", description: "Ascending or descending." });
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
});
