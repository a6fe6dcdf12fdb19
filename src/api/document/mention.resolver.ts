/**
 * Document.mentions and EntityMention.entity: every mention of an entity in a document, in
 * text order. Both go through DataLoaders, so a list of documents with their mentions and
 * the entities named costs one statement per level.
 */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { DocumentRow } from "../../graph/reads/rows.js";
import type { ApiContext } from "../context.js";
import { Entity } from "../entity/entity.type.js";
import { Document } from "./document.type.js";
import { EntityMention } from "./mention.type.js";

@Resolver(() => Document)
export class DocumentMentionsResolver {
  @FieldResolver(() => [EntityMention], {
    description:
      "Every place the document names an entity, in text order (start, then end): offsets into the same text as Evidence.start/end. Not paged: a document names at most a few thousand.",
  })
  mentions(@Root() document: DocumentRow, @Ctx() context: ApiContext) {
    return context.loaders.mentionSpans.load(document.id);
  }
}

@Resolver(() => EntityMention)
export class EntityMentionResolver {
  @FieldResolver(() => Entity, { description: "The entity named there." })
  async entity(@Root() mention: EntityMention, @Ctx() context: ApiContext) {
    const entity = await context.loaders.entity.load(mention.entityId);
    if (!entity) throw new Error(`expected entity ${mention.entityId} to exist, got none`);
    return entity;
  }
}
