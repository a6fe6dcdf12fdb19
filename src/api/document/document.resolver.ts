/**
 * Document queries and fields, the Evidence type's document field, and the two mutations,
 * which go through the ingestion service (extract, then one write transaction) behind the
 * API key.
 */
import type { GraphQLResolveInfo } from "graphql";
import {
  Args,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
  UseMiddleware,
} from "type-graphql";
import { TradeKgError } from "../../core/errors.js";
import { checkMetaFields, mergeMetaInputs } from "../../extract/metadata/meta-input.js";
import { countDocuments, listDocuments } from "../../graph/reads/document-reads.js";
import type { DocumentRow, EvidenceRow } from "../../graph/reads/rows.js";
import { deleteDocument, ingestDocument } from "../../ingest/ingest-document.js";
import { RequireApiKey } from "../auth.js";
import {
  type ConnectionValue,
  pageIfSelected,
  sliceOf,
  toConnection,
} from "../common/connection.js";
import { nestedMentions, nestedPolicyLinks, nestedTradeFacts } from "../common/nested.js";
import { PageArgs } from "../common/paging.args.js";
import type { ApiContext } from "../context.js";
import { EntityConnection } from "../entity/entity.type.js";
import { LinkPageArgs } from "../policy-link/policy-link.args.js";
import { PolicyLinkConnection } from "../policy-link/policy-link.type.js";
import { TradeFactConnection } from "../trade-fact/trade-fact.type.js";
import { DocumentArgs, IngestDocumentArgs } from "./document.args.js";
import { Document, DocumentConnection, Evidence } from "./document.type.js";
import { DeleteResult, IngestResult } from "./document-result.type.js";

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: "The ingested documents, in id order." })
  async documents(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<DocumentRow>> {
    const slice = sliceOf(args);
    const options = { counter: context.counter };
    const page = await pageIfSelected(info, () => listDocuments(context.db, slice, options));
    return toConnection(
      page,
      slice,
      (row) => ({ node: row }),
      () => countDocuments(context.db, options),
    );
  }

  @Query(() => Document, { nullable: true, description: "One document by id; null if unknown." })
  document(@Args(() => DocumentArgs) { id }: DocumentArgs, @Ctx() context: ApiContext) {
    return context.loaders.document.load(id);
  }

  @FieldResolver(() => EntityConnection, {
    description: "The entities the document mentions, in id order.",
  })
  entities(
    @Root() document: DocumentRow,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedMentions(context, "ENTITIES_OF_DOCUMENT", document.id, args, info);
  }

  @FieldResolver(() => TradeFactConnection, {
    description: "The trade facts the document states, in id order.",
  })
  tradeFacts(
    @Root() document: DocumentRow,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedTradeFacts(context, "DOCUMENT", document.id, args, info);
  }

  @FieldResolver(() => PolicyLinkConnection, {
    description: "The policy links the document states.",
  })
  policyLinks(
    @Root() document: DocumentRow,
    @Args(() => LinkPageArgs) args: LinkPageArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedPolicyLinks(context, "DOCUMENT", document.id, args, info);
  }

  @Mutation(() => IngestResult, {
    description:
      "Extracts a text and stores its entities, facts and links (one transaction). Needs the x-api-key header.",
  })
  @UseMiddleware(RequireApiKey)
  async ingestDocument(
    @Args(() => IngestDocumentArgs) args: IngestDocumentArgs,
    @Ctx() context: ApiContext,
  ) {
    const options = { counter: context.counter };
    // the caller's date, URL and title: the most trusted source (future dates refused here)
    const fields = checkMetaFields(
      { date: args.date, url: args.url, title: args.title },
      { where: "ingestDocument", code: "BAD_USER_INPUT", fieldLabel: (field) => field },
    );
    const result = await ingestDocument(
      context.db,
      {
        bytes: Buffer.from(args.text, "utf8"),
        source: args.source,
        meta: mergeMetaInputs(fields, null),
      },
      options,
    );
    const document = await context.loaders.document.load(result.documentId);
    if (!document) {
      throw new TradeKgError("INTERNAL_SERVER_ERROR", `document ${result.documentId} vanished`);
    }
    return {
      status: result.status.toUpperCase(),
      document,
      replaced: result.replaced,
      entities: result.entities,
      tradeFacts: result.tradeFacts,
      policyLinks: result.policyLinks,
    };
  }

  @Mutation(() => DeleteResult, {
    description:
      "Removes a document and what only it stated (facts, links, entities nothing else mentions). Needs the x-api-key header.",
  })
  @UseMiddleware(RequireApiKey)
  deleteDocument(@Args(() => DocumentArgs) { id }: DocumentArgs, @Ctx() context: ApiContext) {
    return deleteDocument(context.db, id, { counter: context.counter });
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, {
    nullable: true,
    description: "The document the quote comes from.",
  })
  document(@Root() evidence: EvidenceRow, @Ctx() context: ApiContext) {
    return context.loaders.document.load(evidence.documentId);
  }
}
