/** Arguments of the policy-link queries and nested link lists. */
import { ArrayMaxSize, IsOptional, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import type { Predicate as PredicateValue } from "../../core/contract.js";
import { Predicate } from "../common/enums.js";
import { PageArgs } from "../common/paging.args.js";
import { IsDocumentId, IsEntityRef } from "../common/validators.js";

@ArgsType()
export class LinkPageArgs extends PageArgs {
  @Field(() => [Predicate], { nullable: true, description: "Only links with these predicates." })
  @IsOptional()
  @ArrayMaxSize(6)
  predicates?: PredicateValue[] | null;
}

@InputType({ description: "Which policy links to list; every given condition must hold." })
export class PolicyLinkFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only links from this entity: an id (agency:gacc) or a name or alias (GACC).",
  })
  @IsOptional()
  @IsEntityRef()
  subject?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only links to this entity: an id or a name or alias.",
  })
  @IsOptional()
  @IsEntityRef()
  object?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only links with this entity at either end: an id or a name or alias.",
  })
  @IsOptional()
  @IsEntityRef()
  entity?: string | null;

  @Field(() => [Predicate], { nullable: true, description: "Only links with these predicates." })
  @IsOptional()
  @ArrayMaxSize(6)
  predicates?: PredicateValue[] | null;

  @Field(() => String, { nullable: true, description: "Only links this document states." })
  @IsOptional()
  @IsDocumentId()
  document?: string | null;
}

@ArgsType()
export class PolicyLinksArgs extends PageArgs {
  @Field(() => PolicyLinkFilter, { nullable: true, description: "Conditions on the links." })
  @IsOptional()
  @ValidateNested()
  filter?: PolicyLinkFilter | null;
}
