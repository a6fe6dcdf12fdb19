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
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";

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

/**
 * One page per key, in key order (what a DataLoader batch function must return), from the
 * rows of a batched statement that tags each row with its key's index as `i` and carries the
 * row itself as `row`. Rows are ordered by the first element of their key.
 */
export function pagesByKey<T>(
  records: readonly Neo4jRecord[],
  keyCount: number,
  toRow: (raw: never) => T,
  keyOf: (row: T) => SortKey,
  first: number,
): Page<T>[] {
  const grouped: T[][] = Array.from({ length: keyCount }, () => []);
  for (const record of records)
    grouped[Number(record.get("i"))].push(toRow(record.get("row") as never));
  const firstKey = (row: T) => String(keyOf(row)[0]);
  return grouped.map((rows) =>
    toPage(
      rows.sort((a, b) => (firstKey(a) < firstKey(b) ? -1 : 1)),
      keyOf,
      first,
    ),
  );
}

/** LIMIT takes an INTEGER: a JS number would be sent as a FLOAT and refused. */
export function limitParam(first: number) {
  return neo4j.int(first + 1);
}

export interface ReadOptions {
  counter?: { statements: number };
  timeoutMs?: number;
}
