/** Arguments of the trade-fact queries, each a class-validator class. */
import { ArrayMaxSize, IsInt, IsOptional, Length, Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import type { EntityType as EntityTypeValue, Flow as FlowValue } from "../../core/contract.js";
import type { Metric as MetricValue } from "../../graph/reads/trade-facts.js";
import { ChangeOf, Currency, EntityType, Flow, Metric } from "../common/enums.js";
import { PageArgs } from "../common/paging.args.js";
import { IsEntityRef } from "../common/validators.js";
import { PeriodInput, SegmentInput, TradeFactFilter, TradeFactOrder } from "./trade-fact.input.js";

const REF = "an id (country:CHN) or a name or alias (China)";

@ArgsType()
export class TradeFactsArgs extends PageArgs {
  @Field(() => TradeFactFilter, { nullable: true, description: "Conditions on the facts." })
  @IsOptional()
  @ValidateNested()
  filter?: TradeFactFilter | null;

  @Field(() => TradeFactOrder, { nullable: true, description: "Sort order (default: by id)." })
  @IsOptional()
  @ValidateNested()
  orderBy?: TradeFactOrder | null;
}

@ArgsType()
export class TimeSeriesArgs extends PageArgs {
  @Field(() => ID, { description: `Whose trade: ${REF}.` })
  @IsEntityRef()
  reporter!: string;

  @Field(() => ID, {
    nullable: true,
    description: `With whom, ${REF}; omitted: trade with the world (facts without a partner).`,
  })
  @IsOptional()
  @IsEntityRef()
  partner?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: `In what, ${REF}; omitted: all goods (facts without a commodity).`,
  })
  @IsOptional()
  @IsEntityRef()
  commodity?: string | null;

  @Field(() => Flow, { description: "Which flow." })
  flow!: FlowValue;

  @Field(() => Metric, { defaultValue: "VALUE", description: "Which number of each fact." })
  metric!: MetricValue;

  @Field(() => SegmentInput, {
    nullable: true,
    description: "Which part of trade; omitted: all of it (segmented facts are left out).",
  })
  @IsOptional()
  @ValidateNested()
  segment?: SegmentInput | null;

  @Field(() => PeriodInput, {
    nullable: true,
    description:
      "Changes against this period only; omitted: year-on-year changes only (facts with a baseline are left out).",
  })
  @IsOptional()
  @ValidateNested()
  baseline?: PeriodInput | null;

  @Field(() => ChangeOf, {
    defaultValue: "VALUE",
    description:
      "For metric CHANGE_PCT: changes of this (value, quantity or price); changes whose text does not say are left out.",
  })
  changeOf!: "VALUE" | "QUANTITY" | "PRICE";

  @Field(() => PeriodInput, {
    nullable: true,
    description: "Only points whose period lies inside this span; omitted: any.",
  })
  @IsOptional()
  @ValidateNested()
  period?: PeriodInput | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Months each point covers (1 a month, 6 a half-year, 12 a year, more for cumulative figures); omitted: the length most matching facts have, at most 12. `variants` lists the others.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1200)
  months?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Unit of the points: a currency for values (CNY), a unit for quantities (t), currency/unit for prices (USD/t); omitted: the commonest. `variants` lists the others.",
  })
  @IsOptional()
  @Length(1, 32)
  unit?: string | null;

  @Field(() => Currency, {
    nullable: true,
    description: "Only values (or prices) in this currency; omitted: the commonest (see unit).",
  })
  @IsOptional()
  currency?: string | null;
}

@ArgsType()
export class TopPartnersArgs {
  @Field(() => ID, { description: `Whose partners: ${REF}.` })
  @IsEntityRef()
  reporter!: string;

  @Field(() => PeriodInput, { description: "The exact period the facts cover." })
  @ValidateNested()
  period!: PeriodInput;

  @Field(() => Flow, { defaultValue: "TOTAL", description: "Which flow." })
  flow!: FlowValue;

  @Field(() => Metric, { defaultValue: "VALUE", description: "What to rank by." })
  by!: MetricValue;

  @Field(() => Currency, {
    nullable: true,
    description: "Only values in this currency; omitted: any (mixing currencies).",
  })
  @IsOptional()
  currency?: string | null;

  @Field(() => [EntityType], {
    defaultValue: ["Country", "Region"],
    description: "Which types of partner to rank (default: countries and regions).",
  })
  @ArrayMaxSize(6)
  types!: EntityTypeValue[];

  @Field(() => [String], {
    nullable: true,
    defaultValue: ["ECONOMIC_BLOC"],
    description:
      "Of partners that have a kind (regions, zones), which kinds to rank. The default ranks economic blocs (ASEAN, the EU) beside countries and leaves out country groups (Belt and Road countries), world regions and domestic areas, which overlap the countries they contain; null ranks every kind.",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 64, { each: true })
  kinds?: string[] | null;

  @Field(() => Int, { defaultValue: 10, description: "How many partners (1 to 100)." })
  @IsInt()
  @Min(1)
  @Max(100)
  limit!: number;
}
