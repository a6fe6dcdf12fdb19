/** Documents and the evidence (quote, offsets, speaker) that ties a statement to one. */
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../common/connection.js";

@ObjectType({ description: "An ingested text: a briefing, a notice, an article." })
export class Document {
  @Field(() => ID, { description: "doc: and the first 16 hex digits of the content's SHA-256." })
  id!: string;

  @Field(() => String, { description: "Where it came from: the path or name given at ingestion." })
  source!: string;

  @Field(() => String, { nullable: true, description: "Its title, when the text has one." })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Its date (YYYY-MM-DD): from the text, else the date given at ingestion; null if neither.",
  })
  date!: string | null;

  @Field(() => [String], { description: "The people who speak in it, in order of appearance." })
  speakers!: string[];

  @Field(() => String, { nullable: true, description: "The extractor that produced its facts." })
  extractor!: string | null;

  @Field(() => String, { nullable: true, description: "When it was ingested (ISO date-time)." })
  ingestedAt!: string | null;

  @Field(() => Int, { nullable: true, description: "Size of the ingested text in bytes." })
  textLength!: number | null;
}

@ObjectType({ description: "The sentence of a document behind a fact or a link." })
export class Evidence {
  @Field(() => String, { description: "The document's text between start and end." })
  quote!: string;

  @Field(() => Int, { description: "Offset of the quote's first character in the document." })
  start!: number;

  @Field(() => Int, { description: "Offset just past the quote's last character." })
  end!: number;

  @Field(() => String, { nullable: true, description: "Who said it, when a speaker is known." })
  speaker!: string | null;

  /** Resolved through the document loader (see document.resolver.ts). */
  documentId!: string;
}

@ObjectType({ description: "A document in a list." })
export class DocumentEdge extends EdgeType(() => Document, "document") {}

@ObjectType({ description: "A page of documents." })
export class DocumentConnection extends ConnectionType(() => DocumentEdge, "documents") {}
