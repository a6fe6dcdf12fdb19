/** Arguments of the analysts' fields: read-only Cypher and small subgraph exports. */
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from "class-validator";
import { GraphQLJSONObject } from "graphql-scalars";
import { ArgsType, Field, ID, Int } from "type-graphql";
import type { EntityType as EntityTypeValue, Flow as FlowValue } from "../../core/contract.js";
import { ANALYST_LIMITS } from "../../graph/analyst-limits.js";
import { EdgeKind, EntityType, ExportView, Flow } from "../common/enums.js";
import { IsDocumentId, IsEntityId, IsPeriod } from "../common/validators.js";
import { PeriodInput } from "../trade-fact/trade-fact.input.js";
import { MAX_CYPHER_ROWS, MAX_CYPHER_TIMEOUT_MS } from "./limits.js";

@ArgsType()
export class CypherArgs {
  @Field(() => String, {
    description:
      "A read-only Cypher statement; writes and administration are refused (CYPHER_REFUSED).",
  })
  @IsString()
  @MinLength(1)
  @MaxLength(ANALYST_LIMITS.maxQueryLength)
  query!: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: `Query parameters by name; whole numbers are sent as Cypher integers. At most ${ANALYST_LIMITS.maxParams} parameters, ${ANALYST_LIMITS.maxParamsBytes} bytes of JSON, nested ${ANALYST_LIMITS.maxParamsDepth} levels.`,
  })
  @IsOptional()
  params?: Record<string, unknown> | null;

  @Field(() => Int, {
    defaultValue: 100,
    description: `At most this many rows (1 to ${MAX_CYPHER_ROWS}).`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_CYPHER_ROWS)
  limit!: number;

  @Field(() => Int, {
    defaultValue: 10_000,
    description: `Stop the query after this many milliseconds (100 to ${MAX_CYPHER_TIMEOUT_MS}).`,
  })
  @IsInt()
  @Min(100)
  @Max(MAX_CYPHER_TIMEOUT_MS)
  timeoutMs!: number;
}

@ArgsType()
export class ExportSubgraphArgs {
  @Field(() => ID, { nullable: true, description: "Centre entity; with hops, its neighbourhood." })
  @IsOptional()
  @IsEntityId()
  center?: string | null;

  @Field(() => Int, { nullable: true, description: "Hops around the centre (0 to 3; default 1)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3)
  hops?: number | null;

  @Field(() => ID, { nullable: true, description: "One document's graph instead of a centre." })
  @IsOptional()
  @IsDocumentId()
  document?: string | null;

  @Field(() => [EntityType], { nullable: true, description: "Entity types to keep." })
  @IsOptional()
  @ArrayMaxSize(6)
  types?: EntityTypeValue[] | null;

  @Field(() => [EdgeKind], {
    nullable: true,
    description: "Edge kinds to carry (default TRADE and POLICY).",
  })
  @IsOptional()
  @ArrayMaxSize(3)
  edges?: ("trade" | "policy" | "mentions")[] | null;

  @Field(() => PeriodInput, {
    nullable: true,
    description: "Only trade facts whose period lies inside this span of months.",
  })
  @IsOptional()
  @ValidateNested()
  period?: PeriodInput | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use period: {start, end}.",
    description: "Trade facts starting in or after this month (YYYY-MM).",
  })
  @IsOptional()
  @IsPeriod()
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use period: {start, end}.",
    description: "Trade facts ending in or before this month (YYYY-MM).",
  })
  @IsOptional()
  @IsPeriod()
  to?: string | null;

  @Field(() => Flow, { nullable: true, description: "Only trade facts of this flow." })
  @IsOptional()
  flow?: FlowValue | null;

  @Field(() => ExportView, {
    defaultValue: ExportView.FACTS,
    description:
      "FACTS (the graph as stored), ENTITIES (facts projected onto entity-to-entity edges) or NETWORK (weighted whole trade).",
  })
  view!: "facts" | "entities" | "network";

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "NETWORK view: keep entities that stand for several others (blocs, regions, categories), flagged group.",
  })
  includeGroups!: boolean;
}
