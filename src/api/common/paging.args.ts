/** Paging arguments shared by every list: forward keyset paging, at most 100 rows a page. */
import { IsInt, IsOptional, Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { IsCursor } from "./validators.js";

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE,
    description: `How many rows to return (1 to ${MAX_PAGE}).`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: "Return the rows after this cursor (a pageInfo.endCursor of the same list).",
  })
  @IsOptional()
  @IsCursor()
  after?: string | null;
}
