/**
 * Document.text: the whole text the document's offsets index. A field of its own, resolved
 * through a DataLoader only when selected, so lists of documents never read their texts.
 */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { DocumentRow } from "../../graph/reads/rows.js";
import type { ApiContext } from "../context.js";
import { Document } from "./document.type.js";

@Resolver(() => Document)
export class DocumentTextResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The document's whole text as extracted (HTML reduced to text): Evidence.start/end and mentions' start/end are offsets into it, in UTF-16 code units (JavaScript string indexes), and textLength is its length. Null for documents stored before texts were kept: ingest them again to store it.",
  })
  text(@Root() document: DocumentRow, @Ctx() context: ApiContext) {
    return context.loaders.documentText.load(document.id);
  }
}
