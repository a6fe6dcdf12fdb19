import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "The rows of an analyst's read-only Cypher query." })
export class CypherResult {
  @Field(() => [String], { description: "Column names, in the order of the RETURN clause." })
  columns!: string[];

  @Field(() => [GraphQLJSONObject], {
    description:
      'One object per row. Nodes are {kind: "node", id, labels, properties}, relationships {kind: "relationship", id, type, start, end, properties}, paths {kind: "path", nodes, relationships}.',
  })
  rows!: Record<string, unknown>[];

  @Field(() => Boolean, { description: "True when the query had more rows than the limit." })
  truncated!: boolean;
}

@ObjectType({
  description:
    'A small subgraph as node-link JSON (what networkx.node_link_graph reads, with edges under "links").',
})
export class SubgraphExport {
  @Field(() => Int, { description: "Nodes in the subgraph." })
  nodeCount!: number;

  @Field(() => Int, { description: "Edges in the subgraph." })
  edgeCount!: number;

  @Field(() => GraphQLJSONObject, { description: "{directed, multigraph, graph, nodes, links}." })
  nodeLink!: Record<string, unknown>;
}
