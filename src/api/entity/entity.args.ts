/** Arguments of the entity queries, each a class-validator class. */
import {
  ArrayMaxSize,
  IsOptional,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import type { EntityType as EntityTypeValue } from "../../core/contract.js";
import { EntityType } from "../common/enums.js";
import { PageArgs } from "../common/paging.args.js";
import { IsEntityRef } from "../common/validators.js";

@ArgsType()
export class EntityArgs {
  @Field(() => ID, { description: "An entity id (country:CHN) or a name or alias (China)." })
  @IsEntityRef()
  id!: string;
}

@InputType({ description: "Which entities to list; every given condition must hold." })
export class EntityFilter {
  @Field(() => [EntityType], { nullable: true, description: "Only entities of these types." })
  @IsOptional()
  @ArrayMaxSize(6)
  types?: EntityTypeValue[] | null;

  @Field(() => String, { nullable: true, description: "Only entities of this kind, e.g. PORT." })
  @IsOptional()
  @Length(1, 64)
  @Matches(/^[A-Z0-9_]+$/, { message: "$property must be an upper-case kind such as PORT" })
  kind?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only entities whose name or an alias contains this text (any case).",
  })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;
}

@ArgsType()
export class EntitiesArgs extends PageArgs {
  @Field(() => EntityFilter, { nullable: true, description: "Conditions on the entities." })
  @IsOptional()
  @ValidateNested()
  filter?: EntityFilter | null;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, {
    description: "Words to find in names and aliases; each must match, whole or as a prefix.",
  })
  @MaxLength(200)
  @Matches(/[\p{L}\p{N}]/u, { message: "$property must contain at least one letter or digit" })
  text!: string;

  @Field(() => [EntityType], { nullable: true, description: "Only entities of these types." })
  @IsOptional()
  @ArrayMaxSize(6)
  types?: EntityTypeValue[] | null;
}
