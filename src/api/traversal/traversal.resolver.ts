/**
 * Traversals over policy links: the neighbourhood of an entity and the shortest path between
 * two. An unknown entity is NOT_FOUND (checked through the entity loader), so "no
 * neighbours" and "no such entity" are told apart.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { TradeKgError } from "../../core/errors.js";
import {
  countNeighborhood,
  type Neighbor,
  neighborhood,
  shortestPath,
} from "../../graph/reads/policy-links.js";
import {
  type ConnectionValue,
  pageIfSelected,
  sliceOf,
  toConnection,
} from "../common/connection.js";
import { entityIdOf } from "../common/entity-refs.js";
import type { ApiContext } from "../context.js";
import { NeighborhoodArgs, PathArgs } from "./traversal.args.js";
import { GraphPath, NeighborConnection } from "./traversal.type.js";

async function assertEntities(context: ApiContext, ids: string[]): Promise<void> {
  const found = await context.loaders.entity.loadMany(ids);
  const missing = ids.filter((_, i) => !found[i] || found[i] instanceof Error);
  if (missing.length > 0) {
    throw new TradeKgError(
      "NOT_FOUND",
      `no entity with id ${missing.map((id) => JSON.stringify(id)).join(", ")}; \`search\` finds entities by name`,
    );
  }
}

@Resolver()
export class TraversalResolver {
  @Query(() => NeighborConnection, {
    description:
      "The entities within `hops` policy links of one entity (either direction), in id order, with their distance.",
  })
  async neighborhood(
    @Args(() => NeighborhoodArgs) args: NeighborhoodArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<Neighbor["entity"]>> {
    const slice = sliceOf(args);
    const id = await entityIdOf(context, "id", args.id);
    const query = {
      id,
      hops: args.hops,
      types: args.types?.length ? args.types : null,
      predicates: args.predicates?.length ? args.predicates : null,
    };
    const options = { counter: context.counter };
    const [page] = await Promise.all([
      pageIfSelected(info, () => neighborhood(context.db, query, slice, options)),
      assertEntities(context, [id]),
    ]);
    return toConnection(
      page,
      slice,
      (n) => ({ node: n.entity, distance: n.distance }),
      () => countNeighborhood(context.db, query, options),
    );
  }

  @Query(() => GraphPath, {
    nullable: true,
    description:
      "A shortest chain of policy links (either direction) between two entities; null when none is within maxHops.",
  })
  async path(@Args(() => PathArgs) args: PathArgs, @Ctx() context: ApiContext) {
    const [from, to] = await Promise.all([
      entityIdOf(context, "from", args.from),
      entityIdOf(context, "to", args.to),
    ]);
    const found = await shortestPath(
      context.db,
      {
        from,
        to,
        maxHops: args.maxHops,
        predicates: args.predicates?.length ? args.predicates : null,
      },
      { counter: context.counter },
    );
    if (!found) {
      await assertEntities(context, [from, to]);
      return null;
    }
    return { length: found.links.length, entities: found.entities, links: found.links };
  }
}
