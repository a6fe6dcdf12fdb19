/**
 * Cursors bound to their list. A keyset cursor is only the sort key of a row, so a cursor
 * from `entities` would page `tradeFacts` from a meaningless place; a client mixing them up
 * should hear so. This type-graphql middleware wraps every field that returns a connection:
 * on the way out it signs each cursor with a tag of its list (the field, its parent object,
 * its arguments other than `first` and `after`); on the way in it checks the tag of `after`
 * and hands the resolver the bare cursor, or answers BAD_USER_INPUT naming the argument.
 */
import { createHash } from "node:crypto";
import { type GraphQLResolveInfo, getNamedType, valueFromASTUntyped } from "graphql";
import type { MiddlewareFn } from "type-graphql";
import { TradeKgError } from "../../core/errors.js";

const SEPARATOR = ".";

interface ConnectionShape {
  edges?: { cursor?: string }[];
  pageInfo?: { startCursor?: string | null; endCursor?: string | null };
}

/**
 * Which list a call reads: the field, the object it hangs from, and the arguments the client
 * wrote other than `first` and `after` (read from the query itself, variables filled in, as
 * the resolver's argument objects are class instances by now).
 */
function listTag(root: unknown, info: GraphQLResolveInfo): string {
  const written = Object.fromEntries(
    (info.fieldNodes[0]?.arguments ?? [])
      .filter((arg) => arg.name.value !== "first" && arg.name.value !== "after")
      .map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, info.variableValues)])
      .filter(([, value]) => value !== null && value !== undefined)
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
  const parentId =
    root !== null && typeof root === "object" && typeof (root as { id?: unknown }).id === "string"
      ? (root as { id: string }).id
      : "";
  const list = JSON.stringify([info.parentType.name, parentId, info.fieldName, written]);
  return createHash("sha256").update(list).digest("base64url").slice(0, 12);
}

function bind(cursor: string | null | undefined, tag: string): string | null | undefined {
  return typeof cursor === "string" ? `${cursor}${SEPARATOR}${tag}` : cursor;
}

function unbind(cursor: string, tag: string): string {
  const at = cursor.lastIndexOf(SEPARATOR);
  if (at <= 0 || cursor.slice(at + 1) !== tag) {
    throw new TradeKgError(
      "BAD_USER_INPUT",
      "after: not a cursor of this list; pass a pageInfo.endCursor (or an edge's cursor) of the same field, with the same arguments, under the same parent",
    );
  }
  return cursor.slice(0, at);
}

function isConnectionField(info: GraphQLResolveInfo): boolean {
  return getNamedType(info.returnType).name.endsWith("Connection");
}

export const CursorBinding: MiddlewareFn = async ({ root, args, info }, next) => {
  if (!isConnectionField(info)) return next();
  const tag = listTag(root, info);
  if (typeof args.after === "string") args.after = unbind(args.after, tag);
  const result = (await next()) as ConnectionShape | null | undefined;
  if (!result) return result;
  for (const edge of result.edges ?? []) edge.cursor = bind(edge.cursor, tag) as string;
  if (result.pageInfo) {
    result.pageInfo.startCursor = bind(result.pageInfo.startCursor, tag);
    result.pageInfo.endCursor = bind(result.pageInfo.endCursor, tag);
  }
  return result;
};
