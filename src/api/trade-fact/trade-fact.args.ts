/** Arguments of the trade-fact queries, each a class-validator class. */
import { IsInt, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import type { Flow as FlowValue } from "../../core/contract.js";
import type { Metric as MetricValue } from "../../graph/reads/trade-facts.js";
import { Currency, Flow, Metric } from "../common/enums.js";
import { PageArgs } from "../common/paging.args.js";
import { IsEntityId } from "../common/validators.js";
import { PeriodInput, TradeFactFilter, TradeFactOrder } from "./trade-fact.input.js";

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
  @Field(() => String, { description: "Whose trade." })
  @IsEntityId()
  reporter!: string;

  @Field(() => String, {
    nullable: true,
    description: "With whom; omitted: trade with the world (facts without a partner).",
  })
  @IsOptional()
  @IsEntityId()
  partner?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "In what; omitted: all goods (facts without a commodity).",
  })
  @IsOptional()
  @IsEntityId()
  commodity?: string | null;

  @Field(() => Flow, { description: "Which flow." })
  flow!: FlowValue;

  @Field(() => Metric, { defaultValue: "VALUE", description: "Which number of each fact." })
  metric!: MetricValue;

  @Field(() => Currency, {
    nullable: true,
    description: "Only values (or prices) in this currency; omitted: any.",
  })
  @IsOptional()
  currency?: string | null;
}

@ArgsType()
export class TopPartnersArgs {
  @Field(() => String, { description: "Whose partners." })
  @IsEntityId()
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

  @Field(() => Int, { defaultValue: 10, description: "How many partners (1 to 100)." })
  @IsInt()
  @Min(1)
  @Max(100)
  limit!: number;
}
