/** Arguments of the traversals: hops are bounded so a request cannot ask for the whole graph. */
import { ArrayMaxSize, IsInt, IsOptional, Max, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import type {
  EntityType as EntityTypeValue,
  Predicate as PredicateValue,
} from "../../core/contract.js";
import { EntityType, Predicate } from "../common/enums.js";
import { PageArgs } from "../common/paging.args.js";
import { IsEntityRef } from "../common/validators.js";

export const MAX_NEIGHBORHOOD_HOPS = 3;
export const MAX_PATH_HOPS = 6;

@ArgsType()
export class NeighborhoodArgs extends PageArgs {
  @Field(() => ID, { description: "The entity at the centre: an id or a name or alias." })
  @IsEntityRef()
  id!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description: `How many policy links away (1 to ${MAX_NEIGHBORHOOD_HOPS}).`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_NEIGHBORHOOD_HOPS)
  hops!: number;

  @Field(() => [EntityType], { nullable: true, description: "Only neighbours of these types." })
  @IsOptional()
  @ArrayMaxSize(6)
  types?: EntityTypeValue[] | null;

  @Field(() => [Predicate], {
    nullable: true,
    description: "Only follow links with these predicates.",
  })
  @IsOptional()
  @ArrayMaxSize(6)
  predicates?: PredicateValue[] | null;
}

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: "Where the path starts: an id or a name or alias." })
  @IsEntityRef()
  from!: string;

  @Field(() => ID, { description: "Where the path ends: an id or a name or alias." })
  @IsEntityRef()
  to!: string;

  @Field(() => Int, {
    defaultValue: 4,
    description: `Longest path to look for, in links (1 to ${MAX_PATH_HOPS}).`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PATH_HOPS)
  maxHops!: number;

  @Field(() => [Predicate], {
    nullable: true,
    description: "Only follow links with these predicates.",
  })
  @IsOptional()
  @ArrayMaxSize(6)
  predicates?: PredicateValue[] | null;
}
