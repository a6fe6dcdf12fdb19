/**
 * Relay connections: the generic Edge and Connection classes every list uses, and the
 * conversion of a graph page into one.
 *
 * Cursors are the keyset key of the row (src/graph/reads/paging.ts) as base64url JSON:
 * opaque to clients, and decoding one costs no database work. `totalCount` is a getter on
 * the returned object: GraphQL reads it, and so runs the count query, only when the client
 * selected the field; and when totalCount is all the client selected, the page itself is
 * not fetched (pageIfSelected), so "how many" costs the count query alone.
 */
import { type GraphQLResolveInfo, Kind } from "graphql";
import { Field, Int, ObjectType } from "type-graphql";
import { TradeKgError } from "../../core/errors.js";
import type { Page, Slice, SortKey } from "../../graph/reads/paging.js";

@ObjectType({ description: "Where a page sits in its list (forward paging with first/after)." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether rows follow the last edge of this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: "Whether this page was asked for after a cursor (rows precede it).",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null if none." })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last edge: pass it as `after` for the next page.",
  })
  endCursor!: string | null;
}

// biome-ignore lint/suspicious/noExplicitAny: type-graphql's type functions return class refs.
type TypeFn = () => any;

/** An edge class for one node type; subclasses add edge fields (a score, a distance). */
export function EdgeType(node: TypeFn, what: string) {
  @ObjectType()
  abstract class Edge {
    @Field(() => String, { description: `Opaque cursor of this ${what} in its list.` })
    cursor!: string;

    @Field(node, { description: `The ${what}.` })
    node!: unknown;
  }
  return Edge;
}

/** A connection class over an edge class. */
export function ConnectionType(edge: TypeFn, what: string) {
  @ObjectType()
  abstract class Connection {
    @Field(() => [edge()], { description: `The ${what} of this page, in list order.` })
    edges!: unknown[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: `How many ${what} the whole list holds (a separate count query, run only when selected).`,
    })
    totalCount!: number;
  }
  return Connection;
}

export interface ConnectionValue<N> {
  edges: ({ cursor: string; node: N } & Record<string, unknown>)[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** A cursor back to its key; BAD_USER_INPUT when it is not one of ours of the right shape. */
export function decodeCursor(cursor: string | null | undefined, length: number): SortKey | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((v) => typeof v === "string" || typeof v === "number")
    ) {
      return key as SortKey;
    }
  } catch {
    // fall through to the error below
  }
  throw new TradeKgError(
    "BAD_USER_INPUT",
    "after: not a cursor of this list (use pageInfo.endCursor from the same query and order)",
  );
}

export function sliceOf(args: { first: number; after?: string | null }, keyLength = 1): Slice {
  return { first: args.first, after: decodeCursor(args.after, keyLength) };
}

/**
 * Whether the client selected anything of a connection besides totalCount (and
 * __typename): a client asking only "how many" costs the count query alone. Fragments are
 * not looked into; one counts as selecting rows.
 */
export function selectsRows(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some(
    (node) =>
      node.selectionSet?.selections.some(
        (s) =>
          s.kind !== Kind.FIELD || (s.name.value !== "totalCount" && s.name.value !== "__typename"),
      ) ?? true,
  );
}

/** The page, fetched only if the client selected edges or pageInfo. */
export async function pageIfSelected<R>(
  info: GraphQLResolveInfo,
  fetch: () => Promise<Page<R>>,
): Promise<Page<R>> {
  return selectsRows(info) ? fetch() : { rows: [], keys: [], hasNextPage: false };
}

/**
 * A page as a connection. `mapRow` turns a graph row into the edge's node plus any edge
 * fields; `count` runs only if the client reads totalCount.
 */
export function toConnection<R, N>(
  page: Page<R>,
  slice: Slice,
  mapRow: (row: R) => { node: N } & Record<string, unknown>,
  count: () => Promise<number>,
): ConnectionValue<N> {
  const edges = page.rows.map((row, i) => ({ ...mapRow(row), cursor: encodeCursor(page.keys[i]) }));
  let counted: Promise<number> | null = null;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: slice.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}
