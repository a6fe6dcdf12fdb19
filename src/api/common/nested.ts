/**
 * Nested lists through the request's DataLoaders: every parent's page of a field joins one
 * batch, so a level of a query costs one statement however many parents it has. Shared by
 * the entity and document resolvers.
 */
import type { GraphQLResolveInfo } from "graphql";
import type { Predicate } from "../../core/contract.js";
import type { MentionDirection } from "../../graph/reads/document-reads.js";
import type { LinkAnchor } from "../../graph/reads/policy-links.js";
import type { FactAnchor } from "../../graph/reads/trade-facts.js";
import type { ApiContext } from "../context.js";
import { type ConnectionValue, pageIfSelected, sliceOf, toConnection } from "./connection.js";
import { connectionFactProjection } from "./fact-selection.js";
import type { PageArgs } from "./paging.args.js";

export async function nestedTradeFacts(
  context: ApiContext,
  anchor: FactAnchor,
  parentId: string,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionValue<unknown>> {
  const slice = sliceOf(args);
  const page = await pageIfSelected(info, () =>
    context.loaders
      .tradeFacts(anchor, args.first, connectionFactProjection(info))
      .load({ id: parentId, after: (slice.after?.[0] as string) ?? null }),
  );
  return toConnection(
    page,
    slice,
    (row) => ({ node: row }),
    () => context.loaders.tradeFactCount(anchor).load(parentId),
  );
}

export async function nestedPolicyLinks(
  context: ApiContext,
  anchor: LinkAnchor,
  parentId: string,
  args: PageArgs & { predicates?: Predicate[] | null },
  info: GraphQLResolveInfo,
): Promise<ConnectionValue<unknown>> {
  const slice = sliceOf(args);
  const predicates = args.predicates?.length ? args.predicates : null;
  const page = await pageIfSelected(info, () =>
    context.loaders
      .policyLinks(anchor, predicates, args.first)
      .load({ id: parentId, after: (slice.after?.[0] as string) ?? null }),
  );
  return toConnection(
    page,
    slice,
    (row) => ({ node: row }),
    () => context.loaders.policyLinkCount(anchor, predicates).load(parentId),
  );
}

export async function nestedMentions(
  context: ApiContext,
  direction: MentionDirection,
  parentId: string,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionValue<unknown>> {
  const slice = sliceOf(args);
  const key = { id: parentId, after: (slice.after?.[0] as string) ?? null };
  const page = await pageIfSelected<unknown>(info, () =>
    direction === "DOCUMENTS_OF_ENTITY"
      ? context.loaders.documentsMentioning(args.first).load(key)
      : context.loaders.entitiesMentionedBy(args.first).load(key),
  );
  return toConnection(
    page,
    slice,
    (row) => ({ node: row }),
    () => context.loaders.mentionCount(direction).load(parentId),
  );
}
