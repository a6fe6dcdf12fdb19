/**
 * What a remote client reads when Neo4j says no: the meaning of the error, never Java class
 * names, Neo4j's value notation, the Bolt URI or server paths. Real server, real Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/graph/database.js";
import { postGraphQL, startTestApi } from "../support/api.js";
import { DEAD_BOLT_URI, openTestDatabase } from "../support/database.js";

const KEY = "client-messages-test-key";
const CYPHER =
  "query ($q: String!, $p: JSONObject) { cypher(query: $q, params: $p) { columns rows } }";
/** What must never reach a client. */
const INTERNALS =
  /\b(?:org|java|javax|com|scala)\.[a-z]+\.|Exception\b|\b(?:Long|Double|String)\(|List\{|bolt:\/\/|neo4j:\/\/|\/work\/|\/var\/|\/home\//;

describe("messages to GraphQL clients", () => {
  const db = openTestDatabase();
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(db, { TRADE_KG_API_KEY: KEY, TRADE_KG_CYPHER: "open" });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  const cypherError = async (q: string, p: Record<string, unknown> = {}) => {
    const { body } = await postGraphQL(api.graphqlUrl, CYPHER, { q, p }, { "x-api-key": KEY });
    expect(body.errors).toHaveLength(1);
    return body.errors?.[0] as { message: string; extensions?: { code?: string } };
  };

  it.each([
    [
      "a parameter of the wrong type",
      "MATCH (n) RETURN n LIMIT $limit",
      { limit: "abc" },
      /Type mismatch for parameter 'limit'/,
    ],
    [
      "a bad full-text query (Lucene's parser)",
      "CALL db.index.fulltext.queryNodes('entity_names', 'a:(') YIELD node RETURN node",
      {},
      /Failed to invoke procedure `db\.index\.fulltext\.queryNodes`/,
    ],
    [
      "an unknown full-text index (IllegalArgumentException)",
      "CALL db.index.fulltext.queryNodes('nope', 'a') YIELD node RETURN node",
      {},
      /no such fulltext schema index: nope/,
    ],
    ["a function given a list", "RETURN toInteger([1, 2.5]) AS n", {}, /got: \[1, 2\.5\]/],
    ["a fractional list index", "RETURN [1, 2][$i] AS n", { i: 1.5 }, /got 1\.5/],
  ])("names %s as BAD_USER_INPUT without Java internals", async (_, q, p, meaning) => {
    const error = await cypherError(q, p);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(meaning);
    expect(error.message).not.toMatch(INTERNALS);
  });

  it("reports an unreachable database without its Bolt URI or address", async () => {
    const dead = openDatabase(DEAD_BOLT_URI, {
      user: "neo4j",
      password: "",
      database: undefined,
      queryTimeoutMs: 2_000,
    });
    const deadApi = await startTestApi(dead);
    try {
      const { body } = await postGraphQL(
        deadApi.graphqlUrl,
        "{ entities(first: 1) { edges { node { id } } } health { database { error } } }",
      );
      const error = body.errors?.[0];
      expect(error?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
      expect(error?.message).toMatch(/cannot be reached/);
      for (const text of [error?.message, JSON.stringify(body.data)]) {
        expect(text).not.toMatch(/bolt:\/\/|127\.0\.0\.1:1\b|ECONNREFUSED/);
      }
    } finally {
      await deadApi.close();
      await dead.close();
    }
  });
});
