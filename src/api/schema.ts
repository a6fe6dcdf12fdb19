/**
 * The GraphQL schema, built from the type-graphql classes: they are its only source.
 * schema/schema.graphql is printed from here (`trade-kg schema print`), and a test fails
 * when the checked-in file drifts from the classes.
 */
import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { HealthResolver } from "./health/health.resolver.js";

export const RESOLVERS = [HealthResolver] as const;

let built: Promise<GraphQLSchema> | null = null;

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS],
    // class-validator checks every argument class; violations become BAD_USER_INPUT.
    validate: { forbidUnknownValues: false, validationError: { target: false } },
  });
  return built;
}

export async function printApiSchema(): Promise<string> {
  const header =
    "# Printed from the type-graphql classes by `npm run schema:print`. Do not edit.\n\n";
  return `${header}${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
