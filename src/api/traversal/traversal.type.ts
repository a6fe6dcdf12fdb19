/** The results of graph traversals: an entity's neighbourhood and a path between two. */
import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../common/connection.js";
import { Entity } from "../entity/entity.type.js";
import { PolicyLink } from "../policy-link/policy-link.type.js";

@ObjectType({ description: "An entity near the centre of a neighbourhood." })
export class NeighborEdge extends EdgeType(() => Entity, "neighbouring entity") {
  @Field(() => Int, { description: "Fewest policy links between the centre and this entity." })
  distance!: number;
}

@ObjectType({ description: "A page of the entities in a neighbourhood, in id order." })
export class NeighborConnection extends ConnectionType(() => NeighborEdge, "neighbours") {}

@ObjectType({
  description:
    "A shortest chain of policy links between two entities (either direction). Bounded by maxHops, so its lists are not paged.",
})
export class GraphPath {
  @Field(() => Int, { description: "Number of links." })
  length!: number;

  @Field(() => [Entity], { description: "The entities from `from` to `to`, in order." })
  entities!: unknown[];

  @Field(() => [PolicyLink], {
    description: "The links between consecutive entities; each keeps its own direction.",
  })
  links!: unknown[];
}
