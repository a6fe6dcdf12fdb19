/** Policy links: one relationship per (subject, predicate, object, document). */
import { Field, ID, ObjectType } from "type-graphql";
import { ConnectionType, EdgeType } from "../common/connection.js";
import { Predicate } from "../common/enums.js";

@ObjectType({
  description:
    "A policy statement between two entities (an agency IMPLEMENTS a measure, a measure APPLIES_TO a zone, …) as one document states it.",
})
export class PolicyLink {
  @Field(() => ID, {
    description: "The link's id (pf: and a hash); the same link stated by two documents shares it.",
  })
  id!: string;

  @Field(() => Predicate, { description: "What the link says." })
  predicate!: string;

  @Field(() => String, { description: "The sentence that states it." })
  quote!: string;
}

@ObjectType({ description: "A policy link in a list." })
export class PolicyLinkEdge extends EdgeType(() => PolicyLink, "policy link") {}

@ObjectType({ description: "A page of policy links." })
export class PolicyLinkConnection extends ConnectionType(() => PolicyLinkEdge, "policy links") {}
