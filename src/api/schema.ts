/**
 * The GraphQL schema, built from the type-graphql classes: they are its only source.
 * schema/schema.graphql is printed from here (`trade-kg schema print`), and a test fails
 * when the checked-in file drifts from the classes.
 */
import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AnalysisResolver } from "./analysis/analysis.resolver.js";
import { DocumentResolver, EvidenceResolver } from "./document/document.resolver.js";
import { EntityResolver } from "./entity/entity.resolver.js";
import { ENTITY_CLASSES } from "./entity/entity.type.js";
import { HealthResolver } from "./health/health.resolver.js";
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
  TraversalResolver,
  AnalysisResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS],
    // The six entity types are reached only through the Entity interface.
    orphanedTypes: [...ENTITY_CLASSES],
    // class-validator checks every argument class; violations become BAD_USER_INPUT.
    validate: { forbidUnknownValues: false, validationError: { target: false } },
    globalMiddlewares: [CursorBinding],
  });
  return built;
}

export async function printApiSchema(): Promise<string> {
  const header =
    "# Printed from the type-graphql classes by `npm run schema:print`. Do not edit.\n\n";
  return `${header}${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
