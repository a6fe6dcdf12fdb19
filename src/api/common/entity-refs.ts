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

/** The same keys with each given reference replaced by its entity's id (null stays null). */
export async function resolveEntityArgs<K extends string>(
  context: ApiContext,
  refs: Refs<K>,
): Promise<Record<K, string | null>> {
  const names = Object.keys(refs) as K[];
  const given = names.filter((name) => typeof refs[name] === "string");
  const resolved = Object.fromEntries(names.map((name) => [name, null])) as Record<
    K,
    string | null
  >;
  if (given.length === 0) return resolved;
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
    } else {
      throw new TradeKgError(
        "NOT_FOUND",
        `${name}: no entity has the id, name or alias ${JSON.stringify(ref)}; search(text) or \`trade-kg search TEXT\` finds ids`,
      );
    }
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
