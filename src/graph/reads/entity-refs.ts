/**
 * An entity named the way an analyst names it: by id (`country:CHN`) or by name or alias
 * ("China", "the EU"), matched without regard to case.
 *
 * Why: every question used to need an id first. One statement resolves every reference of a
 * request; an exact name wins over an alias, and what is still ambiguous comes back with its
 * candidates so the caller can say which ids to choose from.
 */
import type { Database } from "../database.js";
import type { ReadOptions } from "./paging.js";

/** The contract's id shape: what is looked up by id rather than by name. */
const ENTITY_ID = /^(country|region|zone|commodity|agency|measure):[A-Za-z0-9-]+$/;

export interface EntityCandidate {
  id: string;
  name: string;
  type: string;
}

export type EntityRefResult =
  | { found: EntityCandidate }
  | { ambiguous: EntityCandidate[] }
  | { missing: true };

export function looksLikeEntityId(ref: string): boolean {
  return ENTITY_ID.test(ref);
}

/** Resolves each reference; results come back in the order of `refs`. */
export async function resolveEntityRefs(
  db: Database,
  refs: readonly string[],
  options: ReadOptions = {},
): Promise<EntityRefResult[]> {
  const result = await db.read(
    `UNWIND $refs AS ref
     CALL (ref) {
       OPTIONAL MATCH (byId:Entity {id: ref})
       WITH ref, byId
       CALL (ref, byId) {
         WITH ref WHERE byId IS NULL
         MATCH (e:Entity)
         WHERE toLower(e.name) = toLower(ref)
            OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower(ref))
         RETURN collect({id: e.id, name: e.name, type: e.type,
                         byName: toLower(e.name) = toLower(ref)}) AS matches
       }
       RETURN CASE WHEN byId IS NULL THEN matches
              ELSE [{id: byId.id, name: byId.name, type: byId.type, byName: true}] END AS matches
     }
     RETURN ref, matches`,
    { refs: [...new Set(refs)] },
    options,
  );
  const byRef = new Map(
    result.records.map((r) => [r.get("ref") as string, r.get("matches") as Candidate[]]),
  );
  return refs.map((ref) => decide(ref, byRef.get(ref) ?? []));
}

type Candidate = EntityCandidate & { byName: boolean };

function decide(ref: string, matches: Candidate[]): EntityRefResult {
  const strip = ({ id, name, type }: Candidate): EntityCandidate => ({ id, name, type });
  if (looksLikeEntityId(ref)) {
    const exact = matches.find((m) => m.id === ref);
    return exact ? { found: strip(exact) } : { missing: true };
  }
  const named = matches.filter((m) => m.byName);
  const pool = named.length > 0 ? named : matches;
  if (pool.length === 1) return { found: strip(pool[0]) };
  if (pool.length === 0) return { missing: true };
  return { ambiguous: pool.map(strip).sort((a, b) => a.id.localeCompare(b.id)) };
}
