/** The policyLinks query and the fields of a link (its entities and document, batched). */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import {
  countPolicyLinks,
  listPolicyLinks,
  type PolicyLinkFilter,
} from "../../graph/reads/policy-links.js";
import type { EvidenceRow, PolicyLinkRow } from "../../graph/reads/rows.js";
import {
  type ConnectionValue,
  pageIfSelected,
  sliceOf,
  toConnection,
} from "../common/connection.js";
import { resolveEntityArgs } from "../common/entity-refs.js";
import type { ApiContext } from "../context.js";
import { Document, Evidence } from "../document/document.type.js";
import { Entity } from "../entity/entity.type.js";
import { PolicyLinksArgs } from "./policy-link.args.js";
import { PolicyLink, PolicyLinkConnection } from "./policy-link.type.js";

@Resolver(() => PolicyLink)
export class PolicyLinkResolver {
  @Query(() => PolicyLinkConnection, {
    description: "Policy links filtered by subject, object, either end, predicate and document.",
  })
  async policyLinks(
    @Args(() => PolicyLinksArgs) args: PolicyLinksArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<PolicyLinkRow>> {
    const input = args.filter ?? {};
    const refs = await resolveEntityArgs(context, {
      "filter.subject": input.subject,
      "filter.object": input.object,
      "filter.entity": input.entity,
    });
    const filter: PolicyLinkFilter = {
      subject: refs["filter.subject"],
      object: refs["filter.object"],
      entity: refs["filter.entity"],
      predicates: input.predicates,
      documentId: input.document,
    };
    const slice = sliceOf(args);
    const options = { counter: context.counter };
    const page = await pageIfSelected(info, () =>
      listPolicyLinks(context.db, filter, slice, options),
    );
    return toConnection(
      page,
      slice,
      (row) => ({ node: row }),
      () => countPolicyLinks(context.db, filter, options),
    );
  }

  @FieldResolver(() => Entity, { description: "Who or what the link starts from." })
  subject(@Root() link: PolicyLinkRow, @Ctx() context: ApiContext) {
    return context.loaders.entity.load(link.subjectId);
  }

  @FieldResolver(() => Entity, { description: "Who or what the link points to." })
  object(@Root() link: PolicyLinkRow, @Ctx() context: ApiContext) {
    return context.loaders.entity.load(link.objectId);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The document stating it." })
  document(@Root() link: PolicyLinkRow, @Ctx() context: ApiContext) {
    return context.loaders.document.load(link.documentId);
  }

  @FieldResolver(() => Evidence, { description: "The sentence stating it, with its offsets." })
  evidence(@Root() link: PolicyLinkRow): EvidenceRow {
    return {
      documentId: link.documentId,
      quote: link.quote,
      start: link.start,
      end: link.end,
      speaker: link.speaker,
    };
  }
}
