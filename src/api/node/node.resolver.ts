/**
 * `node(id)`: any entity, document or trade fact by its global id, for clients (Relay, Apollo
 * Client caches) that refetch an object knowing only its id. An id of no known kind, or one
 * nothing is stored under, is null.
 */
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { tradeFactsByIds } from "../../graph/reads/nodes.js";
import type { ApiContext } from "../context.js";
import { DOCUMENT_PREFIX, Node, TRADE_FACT_PREFIX } from "./node.type.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "The entity, document or trade fact with this global id; null if none.",
  })
  async node(
    @Arg("id", () => ID, { description: "A global id, as any Node's id field gives it." })
    id: string,
    @Ctx() context: ApiContext,
  ): Promise<unknown> {
    if (id.startsWith(DOCUMENT_PREFIX)) return context.loaders.document.load(id);
    if (id.startsWith(TRADE_FACT_PREFIX)) {
      const [fact] = await tradeFactsByIds(context.db, [id], { counter: context.counter });
      return fact;
    }
    if (!/^[a-z]+:\S+$/.test(id)) return null;
    return context.loaders.entity.load(id);
  }
}
