/**
 * Trade facts and their parts. A fact is the graph's TradeFactRow; the nested objects
 * (period, value, …) and the entities are built by field resolvers in trade-fact.resolver.ts.
 */

import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../common/connection.js";
import { ChangeOf, Currency, Flow, SegmentDimension } from "../common/enums.js";
import { YearMonth } from "../common/scalars.js";
import { Entity } from "../entity/entity.type.js";
import { Node } from "../node/node.type.js";

@ObjectType({ description: "A span of whole months, both ends included." })
export class Period {
  @Field(() => YearMonth, { description: "First month, YYYY-MM." })
  start!: string;

  @Field(() => YearMonth, { description: "Last month, YYYY-MM." })
  end!: string;
}

@ObjectType({ description: "An amount of money." })
export class Money {
  @Field(() => Float, {
    description: "The amount in units of the currency (exact up to 2^53, about 9e15).",
  })
  amount!: number;

  @Field(() => Currency, { description: "The currency." })
  currency!: string;
}

@ObjectType({ description: "A physical quantity." })
export class Quantity {
  @Field(() => Float, { description: "The amount in the unit." })
  amount!: number;

  @Field(() => String, { description: "The unit, e.g. TONNE or TEU." })
  unit!: string;
}

@ObjectType({ description: "A unit price." })
export class Price {
  @Field(() => Float, { description: "The amount per unit." })
  amount!: number;

  @Field(() => Currency, { description: "The currency." })
  currency!: string;

  @Field(() => String, { description: "The unit priced, e.g. TONNE." })
  per!: string;
}

@ObjectType({ description: "The part of trade a segmented figure covers." })
export class Segment {
  @Field(() => SegmentDimension, { description: "What trade is broken down by." })
  dimension!: string;

  @Field(() => String, { description: "The segment, e.g. PRIVATE or PROCESSING." })
  value!: string;
}

@ObjectType({
  implements: Node,
  description:
    "A figure about trade: whose (reporter), with whom (partner), in what (commodity), which flow, over which period, with the sentence that states it.",
})
export class TradeFact extends Node {
  @Field(() => ID, { description: "Canonical id (tf: and a hash of what the fact says)." })
  override id!: string;

  @Field(() => Flow, { description: "Which trade the figure measures." })
  flow!: string;

  @Field(() => Float, {
    nullable: true,
    description: "Change against the baseline period (or year on year), in percent.",
  })
  changePct!: number | null;

  @Field(() => ChangeOf, {
    nullable: true,
    description:
      "What changePct measures: the value, the quantity or the price; null when there is no change or the text does not say.",
  })
  changeOf!: string | null;

  @Field(() => Float, { nullable: true, description: "Share of a total, in percent." })
  sharePct!: number | null;
}

@ObjectType({ description: "A trade fact in a list." })
export class TradeFactEdge extends EdgeType(() => TradeFact, "trade fact") {}

@ObjectType({ description: "A page of trade facts." })
export class TradeFactConnection extends ConnectionType(() => TradeFactEdge, "trade facts") {}

@ObjectType({ description: "One point of a time series: a period and the metric's number." })
export class TimeSeriesEdge extends EdgeType(() => TradeFact, "fact behind the point") {
  @Field(() => Period, { description: "The period the number covers." })
  period!: Period;

  @Field(() => Float, { description: "The metric's number for that period." })
  value!: number;
}

@ObjectType({ description: "A period length and unit a series' facts come in." })
export class SeriesVariant {
  @Field(() => Int, { description: "Months each point covers." })
  months!: number;

  @Field(() => String, {
    nullable: true,
    description: "Currency, unit or currency/unit of the points; null for percentages.",
  })
  unit!: string | null;

  @Field(() => Int, { description: "How many facts." })
  points!: number;
}

@ObjectType({ description: "The points of a time series in period order." })
export class TimeSeriesConnection extends ConnectionType(() => TimeSeriesEdge, "points") {
  @Field(() => Int, {
    nullable: true,
    description: "Months every point covers; null when there are no points.",
  })
  months!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Currency (values), unit (quantities) or currency/unit (prices) of every point; null for percentages or no points.",
  })
  unit!: string | null;

  @Field(() => [SeriesVariant], {
    description:
      "Every period length and unit the selected facts come in, most facts first: pass `months` and `unit` to get another.",
  })
  variants!: SeriesVariant[];
}

@ObjectType({ description: "A partner's place in a reporter's ranking." })
export class PartnerRank {
  @Field(() => Int, { description: "1 for the largest." })
  rank!: number;

  @Field(() => Entity, { description: "The partner." })
  partner!: unknown;

  @Field(() => Float, { description: "The number ranked by (the metric of `fact`)." })
  value!: number;

  @Field(() => TradeFact, { description: "The fact that states it." })
  fact!: unknown;

  @Field(() => [Entity], {
    description:
      "Other ranked partners that share members with this one (a bloc and its member, two groups with a common member), from published member lists and PART_OF links: their trade is counted twice.",
  })
  overlapsWith!: unknown;

  @Field(() => Boolean, {
    description:
      "False for a group whose members are not known (e.g. Belt and Road countries): it may overlap any other row.",
  })
  membersKnown!: boolean;
}
