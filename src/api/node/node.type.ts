/**
 * The Node interface: every object a client may refetch by id alone. Ids are global, since
 * each kind has its own prefix (`country:CHN`, `doc:…`, `tf:…`), so `node(id)` knows what to
 * load and `resolveType` which type it is. Policy links are not nodes: one link stated by two
 * documents is two rows under one id.
 */
import { Field, ID, InterfaceType } from "type-graphql";

export const DOCUMENT_PREFIX = "doc:";
export const TRADE_FACT_PREFIX = "tf:";

/** The GraphQL type of a row found by `node(id)`: by its id's prefix, entities by their label. */
export function nodeTypeOf(value: { id: string; type?: string }): string | undefined {
  if (value.id.startsWith(DOCUMENT_PREFIX)) return "Document";
  if (value.id.startsWith(TRADE_FACT_PREFIX)) return "TradeFact";
  return value.type;
}

@InterfaceType("Node", {
  description:
    "An object with a global id: refetch it with `node(id)`. Entities, documents and trade facts are nodes.",
  resolveType: nodeTypeOf,
})
export abstract class Node {
  @Field(() => ID, {
    description: "Globally unique: the prefix names the kind (country:, region:, doc:, tf:, …).",
  })
  id!: string;
}
