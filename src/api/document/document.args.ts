/** Arguments of the document queries and mutations. */
import { IsISO8601, IsOptional, IsUrl, Length, Matches, MaxLength } from "class-validator";
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
      "The document's date (YYYY-MM-DD, not in the future): it wins over any date the page or text states, and the text's relative periods ('this year', 'in May') are read against it.",
  })
  @IsOptional()
  @IsDate()
  @IsISO8601({ strict: true }, { message: "$property must be a real calendar date" })
  date?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Where the document was published (an absolute http or https URL).",
  })
  @IsOptional()
  @IsUrl(
    { protocols: ["http", "https"], require_protocol: true, require_tld: false },
    { message: "$property must be an absolute http(s) URL" },
  )
  @MaxLength(2000)
  url?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The document's title, over the one its page or first line gives.",
  })
  @IsOptional()
  @Length(1, 1000)
  title?: string | null;
}
