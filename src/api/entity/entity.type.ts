/**
 * The Entity interface and its six implementations. Resolvers hand out the graph's
 * EntityRow objects as they are; `resolveType` picks the object type from the row's `type`
 * (the node's second label), which names the GraphQL type exactly.
 */
import { Field, Float, ID, InterfaceType, ObjectType } from "type-graphql";
import type { EntityRow } from "../../graph/reads/rows.js";
import { ConnectionType, EdgeType } from "../common/connection.js";
import { EntityType } from "../common/enums.js";
import { Node } from "../node/node.type.js";

@InterfaceType("Entity", {
  implements: Node,
  description:
    "A thing the documents talk about: a country, region, zone, commodity, agency or policy measure.",
  resolveType: (value: EntityRow) => value.type,
})
export abstract class Entity extends Node {
  @Field(() => ID, { description: "Canonical id, e.g. country:CHN or region:asean." })
  override id!: string;

  @Field(() => EntityType, { description: "Which of the six kinds of entity this is." })
  type!: string;

  @Field(() => String, { description: "Canonical name." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "Finer classification, e.g. ECONOMIC_BLOC, PORT, GOVERNMENT; null if none.",
  })
  kind!: string | null;

  @Field(() => [String], { description: "Every surface form any document used for it." })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 code (countries)." })
  iso3!: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code (countries)." })
  iso2!: string | null;

  @Field(() => String, { nullable: true, description: "UN M49 numeric code." })
  m49!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-2 subdivision code (provinces, municipalities).",
  })
  iso3166_2!: string | null;

  @Field(() => String, { nullable: true, description: "Harmonized System code (commodities)." })
  hs!: string | null;
}

@ObjectType({ implements: [Entity, Node], description: "A country or territory." })
export class Country extends Entity {}

@ObjectType({
  implements: [Entity, Node],
  description: "A region: a province, an economic bloc, a group of countries.",
})
export class Region extends Entity {}

@ObjectType({
  implements: [Entity, Node],
  description: "A zone: a free trade zone, bonded zone, port or pilot area.",
})
export class Zone extends Entity {}

@ObjectType({ implements: [Entity, Node], description: "A traded product or group of products." })
export class Commodity extends Entity {}

@ObjectType({ implements: [Entity, Node], description: "A government body or other organisation." })
export class Agency extends Entity {}

@ObjectType({ implements: [Entity, Node], description: "A policy measure, plan or initiative." })
export class Measure extends Entity {}

export const ENTITY_CLASSES = [Country, Region, Zone, Commodity, Agency, Measure] as const;

@ObjectType({ description: "An entity in a list." })
export class EntityEdge extends EdgeType(() => Entity, "entity") {}

@ObjectType({ description: "A page of entities." })
export class EntityConnection extends ConnectionType(() => EntityEdge, "entities") {}

@ObjectType({ description: "An entity found by full-text search, with its relevance." })
export class SearchHitEdge extends EdgeType(() => Entity, "entity found") {
  @Field(() => Float, { description: "Relevance score of the full-text index (higher first)." })
  score!: number;
}

@ObjectType({ description: "A page of search hits, most relevant first." })
export class SearchConnection extends ConnectionType(() => SearchHitEdge, "hits") {}
