/**
 * Reads of entities: by id in batches (for DataLoaders), lists filtered by type, kind and
 * name, and full-text search over the `entity_names` index (name and aliases).
 */
import type { EntityType } from "../../core/contract.js";
import type { Database } from "../database.js";
import { limitParam, type Page, type ReadOptions, type Slice, toPage } from "./paging.js";
import { ENTITY_MAP, type EntityRow, toEntity } from "./rows.js";

export interface EntityFilter {
  types?: EntityType[] | null;
  kind?: string | null;
  /** Case-insensitive substring of the name or of any alias. */
  name?: string | null;
}

/** One statement for any number of ids; the result is in the order of `ids`, null for unknown. */
export async function entitiesByIds(
  db: Database,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<(EntityRow | null)[]> {
  const result = await db.read(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     RETURN ${ENTITY_MAP} AS row`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(
    result.records.map((r) => {
      const row = toEntity(r.get("row"));
      return [row.id, row] as const;
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

function entityWhere(filter: EntityFilter): { clauses: string[]; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.types?.length) {
    clauses.push("e.type IN $types");
    params.types = filter.types;
  }
  if (filter.kind) {
    clauses.push("e.kind = $kind");
    params.kind = filter.kind;
  }
  if (filter.name) {
    clauses.push(
      "(toLower(e.name) CONTAINS $name OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $name))",
    );
    params.name = filter.name.toLowerCase();
  }
  return { clauses, params };
}

/** Entities in id order, keyset-paged. */
export async function listEntities(
  db: Database,
  filter: EntityFilter,
  slice: Slice,
  options: ReadOptions = {},
): Promise<Page<EntityRow>> {
  const { clauses, params } = entityWhere(filter);
  if (slice.after) clauses.push("e.id > $after");
  const result = await db.read(
    `MATCH (e:Entity)
     ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
     RETURN ${ENTITY_MAP} AS row
     ORDER BY e.id
     LIMIT $limit`,
    { ...params, after: slice.after?.[0] ?? null, limit: limitParam(slice.first) },
    options,
  );
  const rows = result.records.map((r) => toEntity(r.get("row")));
  return toPage(rows, (row) => [row.id], slice.first);
}

export async function countEntities(
  db: Database,
  filter: EntityFilter,
  options: ReadOptions = {},
): Promise<number> {
  const { clauses, params } = entityWhere(filter);
  const result = await db.read(
    `MATCH (e:Entity)
     ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
     RETURN count(e) AS n`,
    params,
    options,
  );
  return Number(result.records[0].get("n"));
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The user's words as a Lucene query: every word must match, exactly or as a prefix (exact
 * matches score higher). Lucene's operators are escaped, so no input can make the query
 * unparseable; prefix terms are not analysed, hence the lower case.
 */
export function luceneQuery(text: string): string {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0);
  return words.map((w) => `(${w} OR ${w}*)`).join(" AND ");
}

export interface SearchHit {
  entity: EntityRow;
  score: number;
}

/** Full-text hits by descending score then id; the key is (score, id). */
export async function searchEntities(
  db: Database,
  text: string,
  types: EntityType[] | null,
  slice: Slice,
  options: ReadOptions = {},
): Promise<Page<SearchHit>> {
  const query = luceneQuery(text);
  if (!query) return { rows: [], keys: [], hasNextPage: false };
  const clauses: string[] = [];
  if (types?.length) clauses.push("e.type IN $types");
  if (slice.after)
    clauses.push("(score < $afterScore OR (score = $afterScore AND e.id > $afterId))");
  const result = await db.read(
    `CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e, score
     ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
     RETURN ${ENTITY_MAP} AS row, score
     ORDER BY score DESC, e.id
     LIMIT $limit`,
    {
      query,
      types: types ?? null,
      afterScore: slice.after?.[0] ?? null,
      afterId: slice.after?.[1] ?? null,
      limit: limitParam(slice.first),
    },
    options,
  );
  const rows = result.records.map((r) => ({
    entity: toEntity(r.get("row")),
    score: Number(r.get("score")),
  }));
  return toPage(rows, (hit) => [hit.score, hit.entity.id], slice.first);
}

export async function countSearch(
  db: Database,
  text: string,
  types: EntityType[] | null,
  options: ReadOptions = {},
): Promise<number> {
  const query = luceneQuery(text);
  if (!query) return 0;
  const result = await db.read(
    `CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e
     ${types?.length ? "WHERE e.type IN $types" : ""}
     RETURN count(e) AS n`,
    { query, types: types ?? null },
    options,
  );
  return Number(result.records[0].get("n"));
}
