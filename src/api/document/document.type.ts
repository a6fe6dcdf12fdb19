/** Documents and the evidence (quote, offsets, speaker) that ties a statement to one. */

import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DATE_SOURCES, type DateSource as DateSourceName } from "../../core/contract.js";
import { ConnectionType, EdgeType } from "../common/connection.js";
import { FactFigure } from "../common/enums.js";
import { DateTime } from "../common/scalars.js";
import { Node } from "../node/node.type.js";

export const DateSource = Object.fromEntries(DATE_SOURCES.map((s) => [s, s])) as {
  [K in DateSourceName]: K;
};
registerEnumType(DateSource, {
  name: "DateSource",
  description: "Where a document's date came from, most trusted first.",
  valuesConfig: {
    CALLER: { description: "Given at ingestion (--date, the ingestDocument argument)." },
    SIDECAR: { description: "A sidecar file NAME.meta.json beside the document." },
    HTML: { description: "The page's metadata (article:published_time, JSON-LD, <time>…)." },
    TEXT: { description: "A date line, a labelled stamp or a dateline near the top." },
    URL: { description: "A dated folder in the document's URL." },
    NONE: { description: "No source gives a date." },
  },
});

@ObjectType({
  implements: Node,
  description: "An ingested text: a briefing, a notice, an article.",
})
export class Document extends Node {
  @Field(() => ID, { description: "doc: and the first 16 hex digits of the content's SHA-256." })
  override id!: string;

  @Field(() => String, { description: "Where it came from: the path or name given at ingestion." })
  source!: string;

  @Field(() => String, {
    nullable: true,
    description: "Its title: given at ingestion, else the page's or the text's first line.",
  })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Its date (YYYY-MM-DD), from the most trusted source that gives one (see dateSource); null if none does.",
  })
  date!: string | null;

  @Field(() => DateSource, {
    nullable: true,
    description: "Where the date came from; null for documents ingested before it was recorded.",
  })
  dateSource!: string | null;

  @Field(() => String, { nullable: true, description: "Where it was published, when known." })
  url!: string | null;

  @Field(() => [String], { description: "The people who speak in it, in order of appearance." })
  speakers!: string[];

  @Field(() => String, { nullable: true, description: "The extractor that produced its facts." })
  extractor!: string | null;

  @Field(() => DateTime, { nullable: true, description: "When it was ingested." })
  ingestedAt!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Length of the document's text (see text) in UTF-16 code units, the unit of every offset; for documents stored before texts were kept, the ingested input's size in bytes.",
  })
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

  @Field(() => [FactFigure], {
    nullable: true,
    description:
      "Which of the trade fact's figures this sentence writes out, as written (e.g. 5.35 trillion for a value of 5350000000000); null for a policy link's sentence.",
  })
  states?: string[];

  /** Resolved through the document loader (see document.resolver.ts). */
  documentId!: string;
}

@ObjectType({ description: "A document in a list." })
export class DocumentEdge extends EdgeType(() => Document, "document") {}

@ObjectType({ description: "A page of documents." })
export class DocumentConnection extends ConnectionType(() => DocumentEdge, "documents") {}
