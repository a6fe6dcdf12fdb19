/**
 * The limits matrix against the live server: each abusive request gets a 4xx with a code a
 * client can switch on, and none gets a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../../src/api/plugins/limits.js";
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

  it(`refuses a query costing more than ${QUERY_LIMITS.maxCost}`, async () => {
    const fields = "id name aliases kind type hs";
    const wide = Array.from(
      { length: 12 },
      (_, i) =>
        `e${i}: entities(first: 100) { edges { node { ${fields} documents(first: 100) { edges { node { id title source date speakers } } } } } }`,
    ).join(" ");
    const answer = await send(dev.graphqlUrl, query(`{ ${wide} }`));
    expect(answer).toMatchObject({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(answer.message).toMatch(
      new RegExp(`Cost limit of ${QUERY_LIMITS.maxCost} exceeded`, "i"),
    );
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
