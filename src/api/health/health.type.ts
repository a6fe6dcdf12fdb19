import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How many nodes carry one label." })
export class LabelCount {
  @Field(() => String, {
    description: "A node label of the trade graph (Entity, Country, TradeFact, Document, ...).",
  })
  label!: string;

  @Field(() => Int, { description: "Number of nodes with that label." })
  count!: number;
}

@ObjectType({ description: "The database behind the API, as seen from the server." })
export class DatabaseHealth {
  @Field(() => Boolean, { description: "Whether Neo4j answered over Bolt." })
  reachable!: boolean;

  @Field(() => String, { description: "Where the server connects: a bolt:// or neo4j:// URI." })
  uri!: string;

  @Field(() => String, {
    nullable: true,
    description: "Neo4j's version, e.g. 5.26.0; null when unreachable.",
  })
  version!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Neo4j's edition (community or enterprise); null when unreachable.",
  })
  edition!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the database could not be reached; null when it could.",
  })
  error!: string | null;

  @Field(() => [LabelCount], { description: "Node counts by label; empty when unreachable." })
  nodeCounts!: LabelCount[];
}

@ObjectType({ description: "Whether trade-kg can serve requests." })
export class Health {
  @Field(() => Boolean, { description: "True when the database is reachable." })
  ok!: boolean;

  @Field(() => String, { description: "trade-kg's version." })
  version!: string;

  @Field(() => DatabaseHealth, { description: "The database's state." })
  database!: DatabaseHealth;
}
