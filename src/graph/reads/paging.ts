/**
 * Keyset paging, the graph side: a page is asked for as "the first N rows after this key" and
 * fetched with ORDER BY the key, WHERE key > cursor, LIMIT N + 1; the extra row only says
 * whether there is a next page. Never SKIP, never a slice of a collected list: a page costs
 * the same however deep into the list it is, and rows inserted before the cursor do not
 * shift it.
 *
 * Keys are tuples (a sort value then a unique id) so that orders by a non-unique value stay
 * total; the API turns them into opaque cursors.
 */
import neo4j from "neo4j-driver";

export type SortKey = (string | number | null)[];

export interface Slice {
  first: number;
  /** The key of the last row already seen, or null for the first page. */
  after: SortKey | null;
}

export interface Page<T> {
  rows: T[];
  keys: SortKey[];
  hasNextPage: boolean;
}

/** Cuts the LIMIT first + 1 rows of a keyset query into a page. */
export function toPage<T>(rows: T[], keyOf: (row: T) => SortKey, first: number): Page<T> {
  const kept = rows.slice(0, first);
  return { rows: kept, keys: kept.map(keyOf), hasNextPage: rows.length > first };
}

/** LIMIT takes an INTEGER: a JS number would be sent as a FLOAT and refused. */
export function limitParam(first: number) {
  return neo4j.int(first + 1);
}

export interface ReadOptions {
  counter?: { statements: number };
  timeoutMs?: number;
}
