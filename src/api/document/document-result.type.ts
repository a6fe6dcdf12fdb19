/** What the document mutations return. */
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Document } from "./document.type.js";

export const IngestStatus = {
  CREATED: "CREATED",
  REPLACED: "REPLACED",
  UNCHANGED: "UNCHANGED",
} as const;
registerEnumType(IngestStatus, {
  name: "IngestStatus",
  description: "What ingesting a document did.",
  valuesConfig: {
    CREATED: { description: "A new document was stored." },
    REPLACED: { description: "It replaced an older version (same source) or extraction." },
    UNCHANGED: { description: "The same content from the same extractor was stored already." },
  },
});

@ObjectType({ description: "The outcome of ingesting one document." })
export class IngestResult {
  @Field(() => IngestStatus, { description: "What happened." })
  status!: string;

  @Field(() => Document, { description: "The stored document." })
  document!: unknown;

  @Field(() => [ID], { description: "Ids of the older versions it replaced." })
  replaced!: string[];

  @Field(() => Int, { description: "Entities the extractor found (0 when unchanged)." })
  entities!: number;

  @Field(() => Int, { description: "Trade facts the extractor found (0 when unchanged)." })
  tradeFacts!: number;

  @Field(() => Int, { description: "Policy links the extractor found (0 when unchanged)." })
  policyLinks!: number;
}

@ObjectType({ description: "The outcome of deleting one document." })
export class DeleteResult {
  @Field(() => ID, { description: "The deleted document's id." })
  documentId!: string;

  @Field(() => Int, { description: "Trade facts no other document stated, now removed." })
  tradeFactsDeleted!: number;

  @Field(() => Int, { description: "Entities nothing else mentioned, now removed." })
  entitiesDeleted!: number;

  @Field(() => Int, { description: "Relationships removed." })
  relationshipsDeleted!: number;
}
