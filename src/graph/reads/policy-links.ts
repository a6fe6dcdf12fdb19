/**
 * Reads of policy links (entity-to-entity relationships named by predicate): the filtered
 * list, the per-entity and per-document lists that DataLoaders batch, and the traversals
 * over them (an entity's neighbourhood, the shortest path between two entities).
 *
 * Relationship types spliced into patterns come from the contract's closed PREDICATES list
 * (validated as a GraphQL enum before they get here); hop counts are validated integers.
 */
import type { EntityType, Predicate } from "../../core/contract.js";
import { PREDICATES } from "../../core/contract.js";
import type { Database } from "../database.js";
import { conditions } from "./conditions.js";
import {
  limitParam,
  type Page,
  pagesByKey,
  type ReadOptions,
  type Slice,
  toPage,
} from "./paging.js";
import {
  ENTITY_MAP,
  type EntityRow,
  LINK_MAP,
  type PolicyLinkRow,
  toEntity,
  toPolicyLink,
} from "./rows.js";

export interface PolicyLinkFilter {
  subject?: string | null;
  object?: string | null;
  /** Either end. */
  entity?: string | null;
  predicates?: Predicate[] | null;
  documentId?: string | null;
}

/** Link ids and document ids are fixed width, so "pf:…/doc:…" sorts as the pair does. */
const LINK_KEY = "r.id + '/' + r.documentId";
const linkKey = (row: PolicyLinkRow) => [`${row.id}/${row.documentId}`];

function relTypes(predicates: readonly Predicate[] | null | undefined): string {
  const chosen = predicates?.length ? predicates : PREDICATES;
  // Re-checked against the closed list: this text becomes part of a pattern.
  return chosen.filter((p) => (PREDICATES as readonly string[]).includes(p)).join("|");
}

function linkWhere(filter: PolicyLinkFilter) {
  const { clauses, params, add } = conditions();
  add("s.id = $subject", "subject", filter.subject);
  add("o.id = $object", "object", filter.object);
  add("(s.id = $entity OR o.id = $entity)", "entity", filter.entity);
  add("r.documentId = $documentId", "documentId", filter.documentId);
  return { clauses, params };
}

export async function listPolicyLinks(
  db: Database,
  filter: PolicyLinkFilter,
  slice: Slice,
  options: ReadOptions = {},
): Promise<Page<PolicyLinkRow>> {
  const { clauses, params } = linkWhere(filter);
  if (slice.after) clauses.push(`${LINK_KEY} > $after`);
  const result = await db.read(
    `MATCH (s:Entity)-[r:${relTypes(filter.predicates)}]->(o:Entity)
     ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
     RETURN ${LINK_MAP} AS row
     ORDER BY ${LINK_KEY}
     LIMIT $limit`,
    { ...params, after: slice.after?.[0] ?? null, limit: limitParam(slice.first) },
    options,
  );
  const rows = result.records.map((r) => toPolicyLink(r.get("row")));
  return toPage(rows, linkKey, slice.first);
}

export async function countPolicyLinks(
  db: Database,
  filter: PolicyLinkFilter,
  options: ReadOptions = {},
): Promise<number> {
  const { clauses, params } = linkWhere(filter);
  const result = await db.read(
    `MATCH (s:Entity)-[r:${relTypes(filter.predicates)}]->(o:Entity)
     ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
     RETURN count(r) AS n`,
    params,
    options,
  );
  return Number(result.records[0].get("n"));
}

/** What a nested link list hangs from: its subject, its object, or its document. */
export type LinkAnchor = "OUT" | "IN" | "DOCUMENT";

function anchorPattern(anchor: LinkAnchor, types: string): string {
  switch (anchor) {
    case "OUT":
      return `(:Entity {id: k.id})-[r:${types}]->(:Entity)`;
    case "IN":
      return `(:Entity)-[r:${types}]->(:Entity {id: k.id})`;
    case "DOCUMENT":
      // Every subject of a document's link is mentioned by it: start from the document.
      return `(:Document {id: k.id})-[:MENTIONS]->(:Entity)-[r:${types}]->(:Entity) WHERE r.documentId = k.id`;
  }
}

export interface LinkBatchKey {
  id: string;
  /** Key of the last link already seen under this parent ("pf:…/doc:…"), or null. */
  after: string | null;
}

/** One page of links per parent in one statement (see tradeFactsByAnchor), in key order. */
export async function policyLinksByAnchor(
  db: Database,
  anchor: LinkAnchor,
  predicates: Predicate[] | null,
  keys: readonly LinkBatchKey[],
  first: number,
  options: ReadOptions = {},
): Promise<Page<PolicyLinkRow>[]> {
  const pattern = anchorPattern(anchor, relTypes(predicates));
  const result = await db.read(
    `UNWIND range(0, size($keys) - 1) AS i
     WITH i, $keys[i] AS k
     CALL (k) {
       MATCH ${pattern}
       WITH r WHERE k.after IS NULL OR ${LINK_KEY} > k.after
       RETURN r
       ORDER BY ${LINK_KEY}
       LIMIT $limit
     }
     RETURN i, ${LINK_MAP} AS row`,
    { keys: keys.map((k) => ({ id: k.id, after: k.after })), limit: limitParam(first) },
    options,
  );
  return pagesByKey(result.records, keys.length, toPolicyLink, linkKey, first);
}

export async function countPolicyLinksByAnchor(
  db: Database,
  anchor: LinkAnchor,
  predicates: Predicate[] | null,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<number[]> {
  const result = await db.read(
    `UNWIND $ids AS id
     WITH {id: id} AS k
     RETURN k.id AS id, COUNT { MATCH ${anchorPattern(anchor, relTypes(predicates))} RETURN r } AS n`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(result.records.map((r) => [r.get("id") as string, Number(r.get("n"))]));
  return ids.map((id) => byId.get(id) ?? 0);
}

export interface NeighborhoodQuery {
  id: string;
  /** 1 to 3, validated by the caller; it is spliced into the pattern's length bound. */
  hops: number;
  /** Only neighbours of these entity types; null: all. */
  types: EntityType[] | null;
  /** Only links with these predicates; null: all. */
  predicates: Predicate[] | null;
}

export interface Neighbor {
  entity: EntityRow;
  /** Fewest links between the centre and this entity. */
  distance: number;
}

function boundedHops(hops: number): number {
  if (!Number.isInteger(hops) || hops < 1 || hops > 6) throw new RangeError(`hops ${hops}`);
  return hops;
}

/**
 * The entities within `hops` policy links of one entity (either direction), in id order.
 * DISTINCT endpoints let Neo4j prune the variable-length expansion instead of enumerating
 * every path; distances are computed for the page's rows only.
 */
export async function neighborhood(
  db: Database,
  query: NeighborhoodQuery,
  slice: Slice,
  options: ReadOptions = {},
): Promise<Page<Neighbor>> {
  const types = relTypes(query.predicates);
  const hops = boundedHops(query.hops);
  const result = await db.read(
    `MATCH (c:Entity {id: $id})
     CALL (c) {
       MATCH (c)-[:${types}*1..${hops}]-(e:Entity)
       WHERE e <> c
       RETURN DISTINCT e
     }
     WITH c, e
     WHERE ($types IS NULL OR e.type IN $types) AND ($after IS NULL OR e.id > $after)
     WITH c, e ORDER BY e.id LIMIT $limit
     MATCH p = shortestPath((c)-[:${types}*1..${hops}]-(e))
     RETURN ${ENTITY_MAP} AS row, length(p) AS distance
     ORDER BY e.id`,
    {
      id: query.id,
      types: query.types?.length ? query.types : null,
      after: slice.after?.[0] ?? null,
      limit: limitParam(slice.first),
    },
    options,
  );
  const rows = result.records.map((r) => ({
    entity: toEntity(r.get("row")),
    distance: Number(r.get("distance")),
  }));
  return toPage(rows, (n) => [n.entity.id], slice.first);
}

export async function countNeighborhood(
  db: Database,
  query: NeighborhoodQuery,
  options: ReadOptions = {},
): Promise<number> {
  const hops = boundedHops(query.hops);
  const result = await db.read(
    `MATCH (c:Entity {id: $id})
     CALL (c) {
       MATCH (c)-[:${relTypes(query.predicates)}*1..${hops}]-(e:Entity)
       WHERE e <> c
       RETURN DISTINCT e
     }
     WITH e WHERE $types IS NULL OR e.type IN $types
     RETURN count(e) AS n`,
    { id: query.id, types: query.types?.length ? query.types : null },
    options,
  );
  return Number(result.records[0]?.get("n") ?? 0);
}

export interface GraphPath {
  entities: EntityRow[];
  links: PolicyLinkRow[];
}

/** A shortest path of policy links (either direction) between two entities, or null. */
export async function shortestPath(
  db: Database,
  query: { from: string; to: string; maxHops: number; predicates: Predicate[] | null },
  options: ReadOptions = {},
): Promise<GraphPath | null> {
  const hops = boundedHops(query.maxHops);
  if (query.from === query.to) {
    const result = await db.read(
      `MATCH (e:Entity {id: $id}) RETURN ${ENTITY_MAP} AS row`,
      { id: query.from },
      options,
    );
    const record = result.records[0];
    return record ? { entities: [toEntity(record.get("row"))], links: [] } : null;
  }
  const result = await db.read(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = shortestPath((a)-[:${relTypes(query.predicates)}*1..${hops}]-(b))
     RETURN [e IN nodes(p) | ${ENTITY_MAP}] AS entities,
            [r IN relationships(p) | ${LINK_MAP}] AS links`,
    { from: query.from, to: query.to },
    options,
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    entities: (record.get("entities") as Record<string, unknown>[]).map(toEntity),
    links: (record.get("links") as Record<string, unknown>[]).map(toPolicyLink),
  };
}
