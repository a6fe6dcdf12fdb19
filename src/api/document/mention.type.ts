/**
 * One place where a document names an entity, with its offsets in the document's text (the
 * same offsets as Evidence.start/end), so a reader can highlight the entities inside the
 * sentences behind the facts.
 */
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One place where a document names an entity." })
export class EntityMention {
  @Field(() => Int, { description: "Offset of the mention's first character in the document." })
  start!: number;

  @Field(() => Int, { description: "Offset just past the mention's last character." })
  end!: number;

  /** Resolved by EntityMentionResolver through the entity loader. */
  entityId!: string;
}
