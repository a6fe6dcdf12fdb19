/**
 * The limits matrix against the live server: each abusive request gets a 4xx with a code a
 * client can switch on, and none gets a 500.
 */
import { Kind, type OperationDefinitionNode, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../../src/api/plugins/limits.js";
import { countReturnableNodes } from "../../src/api/plugins/node-cost.js";
import { buildApiSchema } from "../../src/api/schema.js";
import { MAX_BODY_BYTES } from "../../src/api/server.js";
import { startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";

const db = openTestDatabase();
let dev: Awaited<ReturnType<typeof startTestApi>>;
let prod: Awaited<ReturnType<typeof startTestApi>>;

beforeAll(async () => {
  dev = await startTestApi(db);
  prod = await startTestApi(db, { NODE_ENV: "production" });
});
afterAll(async () => {
  await dev.close();
  await prod.close();
  await db.close();
});

interface Answer {
  status: number;
  code: string | undefined;
  message: string;
}

async function send(url: string, body: string, contentType = "application/json"): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
  const text = await response.text();
  let code: string | undefined;
  let message = text;
  try {
    const parsed = JSON.parse(text) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    code = parsed.errors?.[0]?.extensions?.code;
    message = parsed.errors?.map((e) => e.message).join(" | ") ?? "";
  } catch {
    // not JSON: the status says enough
  }
  return { status: response.status, code, message };
}

const query = (q: string) => JSON.stringify({ query: q });

/** A selection nested `depth` fields deep, using the document ↔ entity cycle of the schema. */
function nested(depth: number): string {
  // depth 1: entities, 2: edges, 3: node, then documents/edges/node/entities/edges/node ... name
  const chain = [
    "entities",
    "edges",
    "node",
    "documents",
    "edges",
    "node",
    "entities",
    "edges",
    "node",
    "documents",
    "edges",
    "node",
  ];
  const fields = chain.slice(0, depth - 1);
  const leaf =
    fields.at(-1) === "node"
      ? fields[fields.length - 3] === "documents"
        ? "id"
        : "name"
      : "__typename";
  return `{ ${fields.map((f) => `${f} {`).join(" ")} ${leaf} ${"}".repeat(fields.length)} }`;
}

describe("the limits matrix", () => {
  it(`allows depth ${QUERY_LIMITS.maxDepth} and refuses depth ${QUERY_LIMITS.maxDepth + 1}`, async () => {
    const allowed = await send(dev.graphqlUrl, query(nested(QUERY_LIMITS.maxDepth)));
    expect(allowed.message).not.toMatch(/depth/i);
    const refused = await send(dev.graphqlUrl, query(nested(QUERY_LIMITS.maxDepth + 1)));
    expect(refused).toMatchObject({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(refused.message).toMatch(new RegExp(`^Query depth limit of ${QUERY_LIMITS.maxDepth}`));
    expect(refused.message).not.toMatch(/syntax error/i);
  });

  it("lets a typical nested analyst query through every limit", async () => {
    const typical = `{ entity(id: "country:CHN") { ... on Country { tradeFactsAsReporter(first: 100) {
      edges { node { id value { amount currency } period { start end } changePct
        partner { id name } quote document { id title } } } } } } }`;
    const answer = await send(dev.graphqlUrl, query(typical));
    expect(answer.status, answer.message).toBe(200);
    expect(answer.code).toBeUndefined();
  });

  it(`refuses a list bomb (aliased nested lists of 100) over the node budget of ${QUERY_LIMITS.maxNodes}`, async () => {
    const fields = "id name aliases kind type hs";
    const wide = Array.from(
      { length: 12 },
      (_, i) =>
        `e${i}: entities(first: 100) { edges { node { ${fields} documents(first: 100) { edges { node { id title source date speakers } } } } } }`,
    ).join(" ");
    const answer = await send(dev.graphqlUrl, query(`{ ${wide} }`));
    expect(answer).toMatchObject({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(answer.message).toMatch(
      new RegExp(
        `^Node limit of ${QUERY_LIMITS.maxNodes} exceeded: this query can return 243612 objects`,
      ),
    );
  });

  it("refuses two pages of 100 inside pages of 100, and allows one", async () => {
    const nestedPages = (alias: string) =>
      `${alias}: entities(first: 100) { edges { node { id documents(first: 100) { edges { node { id } } } } } }`;
    const one = await send(dev.graphqlUrl, query(`{ ${nestedPages("a")} }`));
    expect(one.status, one.message).toBe(200);
    const two = await send(dev.graphqlUrl, query(`{ ${nestedPages("a")} ${nestedPages("b")} }`));
    expect(two).toMatchObject({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(two.message).toMatch(/^Node limit of \d+ exceeded: this query can return 40602 objects/);
  });

  it("counts page sizes given in variables", async () => {
    const nestedPages = (alias: string) =>
      `${alias}: entities(first: $n) { edges { node { id documents(first: $n) { edges { node { id } } } } } }`;
    const send$n = (n: number) =>
      send(
        dev.graphqlUrl,
        JSON.stringify({
          query: `query Pages($n: Int!) { ${nestedPages("a")} ${nestedPages("b")} }`,
          variables: { n },
        }),
      );
    const big = await send$n(100);
    expect(big).toMatchObject({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(big.message).toMatch(/^Node limit of \d+ exceeded: this query can return 40602 objects/);
    const modest = await send$n(10);
    expect(modest.status, modest.message).toBe(200);
  });

  it("lets 100 countries with their fact count and first 5 facts with values through", async () => {
    const q2 = `{ entities(first: 100, filter: { types: [COUNTRY] }) { edges { node { id name
      tradeFactsAsReporter(first: 5) { totalCount edges { node { id value { amount currency } } } } } } } }`;
    const answer = await send(dev.graphqlUrl, query(q2));
    expect(answer.status, answer.message).toBe(200);
    expect(answer.code).toBeUndefined();
  });

  it("lets a 2-hop policy chain of pages of 20 through", async () => {
    const chain = `{ entity(id: "country:CHN") { policyLinksOut(first: 20) { edges { node { predicate
      object { id policyLinksOut(first: 20) { edges { node { predicate object { id name } } } } } } } } } }`;
    const answer = await send(dev.graphqlUrl, query(chain));
    expect(answer.status, answer.message).toBe(200);
    expect(answer.code).toBeUndefined();
  });

  it("refuses 16 aliases", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: health { ok }`).join(" ");
    const answer = await send(dev.graphqlUrl, query(`{ ${aliases} }`));
    expect(answer).toMatchObject({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(answer.message).toMatch(/^Aliases limit of 15/);
    const fifteen = Array.from({ length: 15 }, (_, i) => `a${i}: health { ok }`).join(" ");
    expect((await send(dev.graphqlUrl, query(`{ ${fifteen} }`))).status).toBe(200);
  });

  it("refuses 51 directives", async () => {
    const fields = Array.from({ length: 51 }, () => "__typename @skip(if: false)").join(" ");
    const answer = await send(dev.graphqlUrl, query(`{ ${fields} }`));
    expect(answer).toMatchObject({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(answer.message).toMatch(/^Directives limit of 50/);
  });

  it("refuses 1,001 tokens at the parser", async () => {
    const fields = Array.from({ length: 997 }, () => "__typename").join(" ");
    const answer = await send(dev.graphqlUrl, query(`query Q { ${fields} }`));
    expect(answer).toMatchObject({ status: 400, code: "GRAPHQL_PARSE_FAILED" });
    expect(answer.message).toMatch(/contains more th\w+ 1000 tokens/);
  });

  it("refuses 999 repeated fields", async () => {
    const answer = await send(dev.graphqlUrl, query(`{ health { ${"ok ".repeat(999)} } }`));
    expect(answer.status).toBe(400);
    expect(answer.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("refuses a batch of two operations", async () => {
    const answer = await send(
      dev.graphqlUrl,
      JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    );
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(/batching/i);
  });

  it("refuses introspection in production and allows it in development", async () => {
    const introspection = query("{ __schema { queryType { name } } }");
    const answer = await send(prod.graphqlUrl, introspection);
    expect(answer).toMatchObject({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(answer.message).toMatch(/introspection is not allowed/i);
    expect((await send(dev.graphqlUrl, introspection)).status).toBe(200);
  });

  it("hides field suggestions in production", async () => {
    const answer = await send(prod.graphqlUrl, query("{ helth { ok } }"));
    expect(answer.status).toBe(400);
    expect(answer.message).not.toMatch(/Did you mean/);
    expect((await send(dev.graphqlUrl, query("{ helth { ok } }"))).message).toMatch(
      /Did you mean "health"/,
    );
  });

  it("refuses a text/plain POST (CSRF prevention)", async () => {
    const answer = await send(dev.graphqlUrl, query("{ __typename }"), "text/plain");
    expect(answer.status).toBe(400);
  });

  it("refuses an oversized body with 413", async () => {
    const answer = await send(
      dev.graphqlUrl,
      query(`{ __typename } #${"x".repeat(MAX_BODY_BYTES)}`),
    );
    expect(answer).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
  });

  it("refuses malformed JSON with 400", async () => {
    expect(await send(dev.graphqlUrl, '{"query": ')).toMatchObject({
      status: 400,
      code: "BAD_REQUEST",
    });
  });

  it("refuses a syntax error with 400", async () => {
    expect(await send(dev.graphqlUrl, query("{ health { ok "))).toMatchObject({
      status: 400,
      code: "GRAPHQL_PARSE_FAILED",
    });
  });
});

describe("the node count (what a query can return)", () => {
  async function nodes(source: string, variables?: Record<string, unknown>): Promise<number> {
    const document = parse(source);
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    return countReturnableNodes({
      schema: await buildApiSchema(),
      document,
      operation,
      variables,
      listSizeWithoutPage: QUERY_LIMITS.listSizeWithoutPage,
    });
  }

  it("counts a connection's page as its edges and their nodes, objects under each item once per item", async () => {
    // entity, connection, 100 edges, 100 facts, 100 values, 100 partners; scalars are free
    expect(
      await nodes(`{ entity(id: "country:CHN") { tradeFactsAsReporter(first: 100) {
        totalCount edges { node { id quote value { amount } partner { name } } } } } }`),
    ).toBe(402);
  });

  it("multiplies page sizes down a path: 100 countries × their first 5 facts with values", async () => {
    // 1 + 100 edges + 100 entities + 100 connections + 500 edges + 500 facts + 500 values
    expect(
      await nodes(`{ entities(first: 100) { edges { node { tradeFactsAsReporter(first: 5) {
        totalCount edges { node { value { amount } } } } } } } }`),
    ).toBe(1801);
  });

  it("takes the default page size when none is given, and a variable's value when one is", async () => {
    // entities' default page is 20: 1 + 20 + 20
    expect(await nodes("{ entities { edges { node { id } } } }")).toBe(41);
    expect(
      await nodes("query Q($n: Int!) { entities(first: $n) { edges { node { id } } } }", { n: 7 }),
    ).toBe(15);
  });

  it("counts fragments where they are spread, and no introspection", async () => {
    const spread = await nodes(`query { entities(first: 10) { ...Page } }
      fragment Page on EntityConnection { edges { node { id ... on Country { name } } } }`);
    expect(spread).toBe(21);
    expect(await nodes("{ __schema { types { name fields { name } } } }")).toBe(0);
  });
});
