/** Input objects of the trade-fact queries: the filter, the order, a period. */
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  Length,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, Float, ID, InputType } from "type-graphql";
import type { Flow as FlowValue, SegmentDimension as SegmentValue } from "../../core/contract.js";
import {
  ChangeOf,
  Currency,
  Flow,
  SegmentDimension,
  SortDirection,
  TradeFactSortField,
} from "../common/enums.js";
import { YearMonth } from "../common/scalars.js";
import { IsDocumentId, IsEntityRef, IsPeriod } from "../common/validators.js";

@InputType({ description: "A span of whole months, both ends included." })
export class PeriodInput {
  @Field(() => YearMonth, { description: "First month, YYYY-MM." })
  @IsPeriod()
  start!: string;

  @Field(() => YearMonth, { description: "Last month, YYYY-MM (not before start)." })
  @IsPeriod()
  end!: string;
}

@InputType({ description: "A part of trade: a dimension and its value." })
export class SegmentInput {
  @Field(() => SegmentDimension, { description: "What trade is broken down by." })
  dimension!: SegmentValue;

  @Field(() => String, { description: "The segment, e.g. private enterprises." })
  @Length(1, 64)
  value!: string;
}

@InputType({ description: "Which trade facts to list; every given condition must hold." })
export class TradeFactFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only facts with this reporter: an id (country:CHN) or a name or alias (China).",
  })
  @IsOptional()
  @IsEntityRef()
  reporter?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only facts with this partner: an id (country:CHN) or a name or alias (China).",
  })
  @IsOptional()
  @IsEntityRef()
  partner?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only facts about this commodity: an id (country:CHN) or a name or alias (China).",
  })
  @IsOptional()
  @IsEntityRef()
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

  @Field(() => PeriodInput, {
    nullable: true,
    description: "Only facts whose period lies inside this span of months.",
  })
  @IsOptional()
  @ValidateNested()
  period?: PeriodInput | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use period: {start, end}.",
    description: "Only facts whose period starts in or after this month (YYYY-MM).",
  })
  @IsOptional()
  @IsPeriod()
  periodFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use period: {start, end}.",
    description: "Only facts whose period ends in or before this month (YYYY-MM).",
  })
  @IsOptional()
  @IsPeriod()
  periodTo?: string | null;

  @Field(() => ChangeOf, {
    nullable: true,
    description: "Only facts whose change measures this (value, quantity or price).",
  })
  @IsOptional()
  changeOf?: "VALUE" | "QUANTITY" | "PRICE" | null;

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
