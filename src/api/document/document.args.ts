/** Arguments of the document queries and mutations. */
import { IsISO8601, IsOptional, Length, Matches } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { IsDate, IsDocumentId } from "../common/validators.js";

/** The HTTP body limit (1 MB) bounds it too; this is the extractor's input limit in chars. */
export const MAX_TEXT_LENGTH = 900_000;

@ArgsType()
export class DocumentArgs {
  @Field(() => ID, { description: "Document id, doc: and 16 hex digits." })
  @IsDocumentId()
  id!: string;
}

@ArgsType()
export class IngestDocumentArgs {
  @Field(() => String, { description: "The document's text (plain text or HTML)." })
  @Length(1, MAX_TEXT_LENGTH)
  text!: string;

  @Field(() => String, {
    description:
      "A name for where the text came from; ingesting new text under the same source replaces the old.",
  })
  @Length(1, 500)
  @Matches(/^[^\p{Cc}]+$/u, { message: "$property must not contain control characters" })
  source!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The document's date (YYYY-MM-DD), stored when the text states none. It does not change how the text's relative periods are read.",
  })
  @IsOptional()
  @IsDate()
  @IsISO8601({ strict: true }, { message: "$property must be a real calendar date" })
  date?: string | null;
}
