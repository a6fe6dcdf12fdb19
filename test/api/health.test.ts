import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/api/server.js";
import { openDatabase } from "../../src/graph/database.js";
import { postGraphQL, startTestApi } from "../support/api.js";
import { DEAD_BOLT_URI, openTestDatabase } from "../support/database.js";

const HEALTH =
  "{ health { ok version database { reachable uri version edition error nodeCounts { label count } } } }";

describe("the GraphQL server over HTTP", () => {
  const db = openTestDatabase();
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it("answers health from the real Neo4j, with node counts that follow the graph", async () => {
    await db.write("CREATE (:Entity:Country {id: 'country:ZZZ-health-test'})");
    try {
      const { status, body } = await postGraphQL(api.graphqlUrl, HEALTH);
      expect(status).toBe(200);
      const health = body.data?.health as {
        ok: boolean;
        database: {
          reachable: boolean;
          version: string;
          edition: string;
          nodeCounts: { label: string; count: number }[];
        };
      };
      expect(health.ok).toBe(true);
      expect(health.database.reachable).toBe(true);
      expect(health.database.version).toMatch(/^5\./);
      expect(health.database.edition).toBe("community");
      const counts = Object.fromEntries(health.database.nodeCounts.map((c) => [c.label, c.count]));
      const expected = await db.read("MATCH (n:Country) RETURN count(n) AS n");
      expect(counts.Country).toBe(expected.records[0].get("n"));
      expect(counts.Country).toBeGreaterThanOrEqual(1);
    } finally {
      await db.write("MATCH (n {id: 'country:ZZZ-health-test'}) DELETE n");
    }
  });

  it("reports the statements a request ran when asked with the debug header", async () => {
    const { body } = await postGraphQL(api.graphqlUrl, "{ health { ok } }", undefined, {
      "x-trade-kg-debug": "1",
    });
    expect(body.extensions?.statements).toBe(1);
    const plain = await postGraphQL(api.graphqlUrl, "{ health { ok } }");
    expect(plain.body.extensions?.statements).toBeUndefined();
  });

  it("answers a syntax error with 400 and GRAPHQL_PARSE_FAILED", async () => {
    const { status, body } = await postGraphQL(api.graphqlUrl, "{ health { ok ");
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers an unknown field with 400 and GRAPHQL_VALIDATION_FAILED", async () => {
    const { status, body } = await postGraphQL(api.graphqlUrl, "{ nothingHere }");
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers malformed JSON with 400 BAD_REQUEST, not a 500", async () => {
    const response = await fetch(api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": "{ health',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(body.errors[0].message).toMatch(/not valid JSON/);
  });

  it("answers a body over the size limit with 413", async () => {
    const response = await fetch(api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ health { ok } } # ${"x".repeat(MAX_BODY_BYTES)}` }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers a path it does not serve with 404 NO_ROUTE, naming where GraphQL is", async () => {
    const response = await fetch(new URL("/no-such-page", api.url));
    expect(response.status).toBe(404);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0].extensions.code).toBe("NO_ROUTE");
    expect(body.errors[0].message).toMatch(/GraphQL is at \/graphql/);
  });

  it("answers a POST to /export with 405 METHOD_NOT_ALLOWED from the error catalogue", async () => {
    const response = await fetch(new URL("/export?format=json", api.url), { method: "POST" });
    expect(response.status).toBe(405);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("METHOD_NOT_ALLOWED");
  });

  it("refuses a simple cross-site request (CSRF prevention)", async () => {
    const response = await fetch(
      `${api.graphqlUrl}?query=${encodeURIComponent("{ health { ok } }")}`,
      { method: "GET" },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});

describe("starting the server on a port in use", () => {
  it("fails with SERVER_PORT_IN_USE saying what to do", async () => {
    const db = openDatabase(DEAD_BOLT_URI, {
      user: "neo4j",
      password: "",
      database: undefined,
      queryTimeoutMs: 1_000,
    });
    const first = await startTestApi(db);
    try {
      const port = new URL(first.url).port;
      const error = await startTestApi(db, { PORT: port }).catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe("SERVER_PORT_IN_USE");
      expect((error as Error).message).toMatch(new RegExp(`port ${port} .* already in use.*PORT`));
    } finally {
      await first.close();
      await db.close();
    }
  });
});

describe("health when the database is down", () => {
  it("answers ok: false with the reason instead of failing the request", async () => {
    const down = openDatabase(DEAD_BOLT_URI, {
      user: "neo4j",
      password: "",
      database: undefined,
      queryTimeoutMs: 1_000,
    });
    const api = await startTestApi(down);
    try {
      const { status, body } = await postGraphQL(api.graphqlUrl, HEALTH);
      expect(status).toBe(200);
      const health = body.data?.health as {
        ok: boolean;
        database: { reachable: boolean; error: string; nodeCounts: unknown[] };
      };
      expect(health.ok).toBe(false);
      expect(health.database.reachable).toBe(false);
      expect(health.database.error).toMatch(/cannot be reached/);
      expect(health.database.nodeCounts).toEqual([]);
    } finally {
      await api.close();
      await down.close();
    }
  });
});
