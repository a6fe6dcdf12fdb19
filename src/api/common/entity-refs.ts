/**
 * Entity arguments that take an id or a name: each is resolved to an id before a query runs.
 * An unknown id or name is NOT_FOUND and an ambiguous name BAD_USER_INPUT listing its
 * candidates with their ids, both naming the argument, so no query ever answers an empty
 * list for a typo.
 */
import { TradeKgError } from "../../core/errors.js";
import { ENTITY_ID_PATTERN } from "../../core/ids.js";
import { resolveEntityRefs } from "../../graph/reads/entity-refs.js";
import type { ApiContext } from "../context.js";

type Refs<K extends string> = Partial<Record<K, string | null | undefined>>;

/** Resolved references, and the check that each id given names an entity. */
export interface EntityArgs<K extends string> {
  ids: Record<K, string | null>;
  /** Rejects with NOT_FOUND naming the argument when an id given names no entity. */
  verify: () => Promise<void>;
}

/**
 * The same keys with each given reference replaced by its entity's id (null stays null),
 * without checking ids yet: a caller whose query matches those entities learns from any row
 * that they exist, and calls `verify` only when it found none. The check goes through the
 * request's entity loader (batched with the request's other entity reads, and cached for
 * them). Names are resolved at once, since the query needs their ids.
 */
export async function resolveEntityArgsAhead<K extends string>(
  context: ApiContext,
  refs: Partial<Record<K, string | null | undefined>>,
): Promise<EntityArgs<K>> {
  const names = Object.keys(refs) as K[];
  const ids = Object.fromEntries(names.map((name) => [name, null])) as Record<K, string | null>;
  const given = names.filter((name) => typeof refs[name] === "string");
  const byId = given.filter((name) => ENTITY_ID_PATTERN.test(refs[name] as string));
  const byName = given.filter((name) => !byId.includes(name));
  for (const name of byId) ids[name] = refs[name] as string;
  const verify = async () => {
    const rows = await context.loaders.entity.loadMany(byId.map((name) => ids[name] as string));
    const missing = byId.find((_, i) => !rows[i] || rows[i] instanceof Error);
    if (missing) throw notFound(missing, refs[missing] as string);
  };
  if (byName.length > 0) Object.assign(ids, await resolveNames(context, refs, byName));
  return { ids, verify };
}

/** The same keys with each given reference replaced by its entity's id (null stays null). */
export async function resolveEntityArgs<K extends string>(
  context: ApiContext,
  refs: Refs<K>,
): Promise<Record<K, string | null>> {
  const { ids, verify } = await resolveEntityArgsAhead(context, refs);
  await verify();
  return ids;
}

function notFound(name: string, ref: string): TradeKgError {
  return new TradeKgError(
    "NOT_FOUND",
    `${name}: no entity has the id, name or alias ${JSON.stringify(ref)}; search(text) or \`trade-kg search TEXT\` finds ids`,
  );
}

/** Names and aliases, in one statement: NOT_FOUND or BAD_USER_INPUT naming the argument. */
async function resolveNames<K extends string>(
  context: ApiContext,
  refs: Refs<K>,
  given: K[],
): Promise<Partial<Record<K, string>>> {
  const resolved: Partial<Record<K, string>> = {};
  const results = await resolveEntityRefs(
    context.db,
    given.map((name) => refs[name] as string),
    { counter: context.counter },
  );
  given.forEach((name, i) => {
    const ref = refs[name] as string;
    const result = results[i];
    if ("found" in result) resolved[name] = result.found.id;
    else if ("ambiguous" in result) {
      const list = result.ambiguous.map((c) => `${c.id} (${c.name}, ${c.type})`).join(", ");
      throw new TradeKgError(
        "BAD_USER_INPUT",
        `${name}: ${JSON.stringify(ref)} names ${result.ambiguous.length} entities: ${list}; pass one of these ids`,
      );
    } else throw notFound(name, ref);
  });
  return resolved;
}

/**
 * One entity argument that takes an id or a name: an id is used as given (no extra round
 * trip; the query says whether it exists), anything else is resolved as a name or alias.
 */
export async function entityIdOf(context: ApiContext, arg: string, ref: string): Promise<string> {
  if (ENTITY_ID_PATTERN.test(ref)) return ref;
  const resolved = await resolveEntityArgs(context, { [arg]: ref });
  return resolved[arg] as string;
}
