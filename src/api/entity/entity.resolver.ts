/**
 * Entity queries (one by id, the filtered list, full-text search) and the nested lists every
 * entity has. The nested fields are declared on the Entity interface, so all six types
 * share them, and go through the request's DataLoaders.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import {
  countEntities,
  countSearch,
  listEntities,
  searchEntities,
} from "../../graph/reads/entities.js";
import type { EntityRow } from "../../graph/reads/rows.js";
import {
  type ConnectionValue,
  pageIfSelected,
  sliceOf,
  toConnection,
} from "../common/connection.js";
import { entityIdOf } from "../common/entity-refs.js";
import { nestedMentions, nestedPolicyLinks, nestedTradeFacts } from "../common/nested.js";
import { PageArgs } from "../common/paging.args.js";
import type { ApiContext } from "../context.js";
import { DocumentConnection } from "../document/document.type.js";
import { LinkPageArgs } from "../policy-link/policy-link.args.js";
import { PolicyLinkConnection } from "../policy-link/policy-link.type.js";
import { TradeFactConnection } from "../trade-fact/trade-fact.type.js";
import { EntitiesArgs, EntityArgs, SearchArgs } from "./entity.args.js";
import { Entity, EntityConnection, SearchConnection } from "./entity.type.js";

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, {
    nullable: true,
    description:
      "One entity by id (null if unknown) or by name or alias (NOT_FOUND if unknown, BAD_USER_INPUT listing the candidates if ambiguous).",
  })
  async entity(@Args(() => EntityArgs) { id }: EntityArgs, @Ctx() context: ApiContext) {
    return context.loaders.entity.load(await entityIdOf(context, "id", id));
  }

  @Query(() => EntityConnection, {
    description: "Entities in id order, filtered by type, kind and name.",
  })
  async entities(
    @Args(() => EntitiesArgs) args: EntitiesArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<EntityRow>> {
    const slice = sliceOf(args);
    const filter = args.filter ?? {};
    const options = { counter: context.counter };
    const page = await pageIfSelected(info, () => listEntities(context.db, filter, slice, options));
    return toConnection(
      page,
      slice,
      (row) => ({ node: row }),
      () => countEntities(context.db, filter, options),
    );
  }

  @Query(() => SearchConnection, {
    description:
      "Full-text search over entity names and aliases (index entity_names), most relevant first.",
  })
  async search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<EntityRow>> {
    const slice = sliceOf(args, 2);
    const options = { counter: context.counter };
    const types = args.types?.length ? args.types : null;
    const page = await pageIfSelected(info, () =>
      searchEntities(context.db, args.text, types, slice, options),
    );
    return toConnection(
      page,
      slice,
      (hit) => ({ node: hit.entity, score: hit.score }),
      () => countSearch(context.db, args.text, types, options),
    );
  }

  @FieldResolver(() => TradeFactConnection, {
    description: "Trade facts whose reporter this entity is, in id order.",
  })
  tradeFactsAsReporter(
    @Root() entity: EntityRow,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedTradeFacts(context, "REPORTER", entity.id, args, info);
  }

  @FieldResolver(() => TradeFactConnection, {
    description: "Trade facts whose partner this entity is, in id order.",
  })
  tradeFactsAsPartner(
    @Root() entity: EntityRow,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedTradeFacts(context, "PARTNER", entity.id, args, info);
  }

  @FieldResolver(() => TradeFactConnection, {
    description: "Trade facts about this entity as the commodity traded, in id order.",
  })
  tradeFactsAsCommodity(
    @Root() entity: EntityRow,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedTradeFacts(context, "COMMODITY", entity.id, args, info);
  }

  @FieldResolver(() => PolicyLinkConnection, {
    description: "Policy links from this entity (it is the subject).",
  })
  policyLinksOut(
    @Root() entity: EntityRow,
    @Args(() => LinkPageArgs) args: LinkPageArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedPolicyLinks(context, "OUT", entity.id, args, info);
  }

  @FieldResolver(() => PolicyLinkConnection, {
    description: "Policy links to this entity (it is the object).",
  })
  policyLinksIn(
    @Root() entity: EntityRow,
    @Args(() => LinkPageArgs) args: LinkPageArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedPolicyLinks(context, "IN", entity.id, args, info);
  }

  @FieldResolver(() => DocumentConnection, {
    description: "The documents that mention this entity, in id order.",
  })
  documents(
    @Root() entity: EntityRow,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedMentions(context, "DOCUMENTS_OF_ENTITY", entity.id, args, info);
  }
}
