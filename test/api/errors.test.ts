/**
 * Error masking: a bug's message never reaches the client, who gets a generic message and a
 * request id; the log gets the whole error under the same id. Catalogue errors and GraphQL's
 * own errors pass through with their codes.
 */
import { ApolloServer } from "@apollo/server";
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { describe, expect, it } from "vitest";
import type { ApiContext } from "../../src/api/context.js";
import { errorMaskingPlugin, formatError } from "../../src/api/errors.js";
import { TradeKgError } from "../../src/core/errors.js";

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      bug: {
        type: GraphQLString,
        resolve: () => {
          throw new Error("secret: Neo.DatabaseError at /var/lib/neo4j");
        },
      },
      missing: {
        type: GraphQLString,
        resolve: () => {
          throw new TradeKgError("NOT_FOUND", 'no entity with id "country:ZZZ"');
        },
      },
    },
  }),
});

async function run(query: string) {
  const logged: Record<string, unknown>[] = [];
  const server = new ApolloServer<ApiContext>({
    schema,
    formatError,
    plugins: [errorMaskingPlugin((entry) => logged.push(entry))],
  });
  await server.start();
  const context = {
    requestId: "req-123",
    counter: { statements: 0 },
    debug: false,
  } as unknown as ApiContext;
  const response = await server.executeOperation({ query }, { contextValue: context });
  await server.stop();
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return { result: response.body.singleResult, logged };
}

describe("error masking", () => {
  it("hides a bug's message behind a request id and logs it in full under that id", async () => {
    const { result, logged } = await run("{ bug }");
    const error = result.errors?.[0];
    expect(error?.message).not.toMatch(/secret|Neo\.|neo4j/);
    expect(error?.message).toMatch(/Internal server error/);
    expect(error?.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: "req-123" });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: "error",
      requestId: "req-123",
      message: "secret: Neo.DatabaseError at /var/lib/neo4j",
    });
    expect(String(logged[0].stack)).toMatch(/errors\.test\.ts/);
  });

  it("passes a catalogue error through with its code and message, unlogged", async () => {
    const { result, logged } = await run("{ missing }");
    expect(result.errors?.[0]).toMatchObject({
      message: 'no entity with id "country:ZZZ"',
      extensions: { code: "NOT_FOUND" },
    });
    expect(logged).toEqual([]);
  });
});
