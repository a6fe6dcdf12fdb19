/**
 * The GraphQL schema, built from the type-graphql classes: they are its only source.
 * schema/schema.graphql is printed from here (`trade-kg schema print`), and a test fails
 * when the checked-in file drifts from the classes.
 */
import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AnalysisResolver } from "./analysis/analysis.resolver.js";
import { validateArgument } from "./common/validate-args.js";
import { DocumentResolver, EvidenceResolver } from "./document/document.resolver.js";
import { DocumentTextResolver } from "./document/document-text.resolver.js";
import { DocumentMentionsResolver, EntityMentionResolver } from "./document/mention.resolver.js";
import { EntityResolver } from "./entity/entity.resolver.js";
import { ENTITY_CLASSES } from "./entity/entity.type.js";
import { HealthResolver } from "./health/health.resolver.js";
import { NodeResolver } from "./node/node.resolver.js";
import { CursorBinding } from "./plugins/cursor-binding.js";
import { PolicyLinkResolver } from "./policy-link/policy-link.resolver.js";
import { TradeFactResolver } from "./trade-fact/trade-fact.resolver.js";
import { TraversalResolver } from "./traversal/traversal.resolver.js";

export const RESOLVERS = [
  HealthResolver,
  EntityResolver,
  TradeFactResolver,
  PolicyLinkResolver,
  DocumentResolver,
  EvidenceResolver,
  DocumentMentionsResolver,
  DocumentTextResolver,
  EntityMentionResolver,
  TraversalResolver,
  AnalysisResolver,
  NodeResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS],
    // The six entity types are reached only through the Entity interface.
    orphanedTypes: [...ENTITY_CLASSES],
    // class-validator checks every argument class, once per distinct argument of a request
    // and without type-graphql's per-argument dynamic import (common/validate-args.ts);
    // violations become BAD_USER_INPUT.
    validateFn: validateArgument,
    globalMiddlewares: [CursorBinding],
  }).then(describeRoots);
  return built;
}

/** type-graphql has no place for the root types' descriptions: they are set here. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query)
    query.description =
      "Reads of the trade knowledge graph: entities and search, trade facts, series and rankings, policy links and paths, documents, node(id) refetches, analysts' Cypher, small exports, health.";
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description =
      "Writes: ingesting and deleting documents. Each needs the API key (TRADE_KG_API_KEY) in the x-api-key header.";
  return schema;
}

export async function printApiSchema(): Promise<string> {
  const header =
    "# Printed from the type-graphql classes by `npm run schema:print`. Do not edit.\n\n";
  return `${header}${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
