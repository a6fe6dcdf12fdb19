/** Input objects of the trade-fact queries: the filter, the order, a period. */
import { ArrayMaxSize, IsBoolean, IsIn, IsNumber, IsOptional, Length, Min } from "class-validator";
import { Field, Float, InputType } from "type-graphql";
import type { Flow as FlowValue, SegmentDimension as SegmentValue } from "../../core/contract.js";
import {
  Currency,
  Flow,
  SegmentDimension,
  SortDirection,
  TradeFactSortField,
} from "../common/enums.js";
import { IsDocumentId, IsEntityId, IsPeriod } from "../common/validators.js";

@InputType({ description: "Which trade facts to list; every given condition must hold." })
export class TradeFactFilter {
  @Field(() => String, { nullable: true, description: "Only facts with this reporter." })
  @IsOptional()
  @IsEntityId()
  reporter?: string | null;

  @Field(() => String, { nullable: true, description: "Only facts with this partner." })
  @IsOptional()
  @IsEntityId()
  partner?: string | null;

  @Field(() => String, { nullable: true, description: "Only facts about this commodity." })
  @IsOptional()
  @IsEntityId()
  commodity?: string | null;

  @Field(() => [Flow], { nullable: true, description: "Only facts of these flows." })
  @IsOptional()
  @ArrayMaxSize(4)
  flows?: FlowValue[] | null;

  @Field(() => SegmentDimension, {
    nullable: true,
    description: "Only facts segmented along this dimension.",
  })
  @IsOptional()
  segmentDimension?: SegmentValue | null;

  @Field(() => String, { nullable: true, description: "Only facts about this segment value." })
  @IsOptional()
  @Length(1, 64)
  segmentValue?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only segmented facts; false: only facts about all of trade.",
  })
  @IsOptional()
  @IsBoolean()
  segmented?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Only facts whose period starts in or after this month (YYYY-MM).",
  })
  @IsOptional()
  @IsPeriod()
  periodFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only facts whose period ends in or before this month (YYYY-MM).",
  })
  @IsOptional()
  @IsPeriod()
  periodTo?: string | null;

  @Field(() => Float, { nullable: true, description: "Only facts with a value at least this." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  valueMin?: number | null;

  @Field(() => Float, { nullable: true, description: "Only facts with a value at most this." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  valueMax?: number | null;

  @Field(() => Currency, {
    nullable: true,
    description: "Only facts with a value in this currency.",
  })
  @IsOptional()
  currency?: string | null;

  @Field(() => String, { nullable: true, description: "Only facts this document states." })
  @IsOptional()
  @IsDocumentId()
  document?: string | null;
}

@InputType({ description: "How to sort trade facts; ties are broken by id, ascending." })
export class TradeFactOrder {
  @Field(() => TradeFactSortField, { defaultValue: "ID", description: "What to sort by." })
  @IsIn(Object.values(TradeFactSortField))
  field!: keyof typeof TradeFactSortField;

  @Field(() => SortDirection, { defaultValue: "ASC", description: "Which way." })
  @IsIn(Object.values(SortDirection))
  direction!: keyof typeof SortDirection;
}

@InputType({ description: "A span of whole months, both ends included." })
export class PeriodInput {
  @Field(() => String, { description: "First month, YYYY-MM." })
  @IsPeriod()
  start!: string;

  @Field(() => String, { description: "Last month, YYYY-MM (not before start)." })
  @IsPeriod()
  end!: string;
}
