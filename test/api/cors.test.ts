/**
 * CORS_ORIGINS with CSRF prevention, on the real server over the real Neo4j: a listed origin's
 * preflight is answered with the headers a browser needs and its credentialed POST is served
 * with them; a refused origin gets 403 on both, before any statement runs; a same-origin request
 * and a request with no Origin (curl, the CLI) are unaffected; Apollo's CSRF prevention still
 * refuses a listed origin's simple request (CORS_ORIGINS' validation is in test/config).
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const ALLOWED = "http://localhost:5173";
const REFUSED = "http://evil.example";
const HEALTH = JSON.stringify({ query: "{ health { ok } }" });

function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolvePromise, reject) => {
    const req = request(`${url}/graphql`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolvePromise({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** What a browser sends before a JSON POST with cookies from another origin. */
const preflight = (url: string, origin: string) =>
  send(url, "OPTIONS", {
    origin,
    "access-control-request-method": "POST",
    "access-control-request-headers": "content-type,x-api-key",
  });

/** The credentialed POST itself: a cookie, a JSON body, the page's Origin. */
const credentialedPost = (url: string, origin: string) =>
  send(url, "POST", { origin, cookie: "session=1", "content-type": "application/json" }, HEALTH);

describe("CORS_ORIGINS on the running server", () => {
  const db = openTestDatabase();
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let closed: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(db, { CORS_ORIGINS: `${ALLOWED}, https://app.example.org` });
    closed = await startTestApi(db);
  });
  afterAll(async () => {
    await api.close();
    await closed.close();
    await db.close();
  });

  it("answers a listed origin's preflight with the origin, credentials, methods and headers", async () => {
    const response = await preflight(api.url, ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers["access-control-allow-origin"]).toBe(ALLOWED);
    expect(response.headers["access-control-allow-credentials"]).toBe("true");
    expect(response.headers["access-control-allow-methods"]).toBe("GET,POST");
    const allowedHeaders = String(response.headers["access-control-allow-headers"]).split(",");
    expect(allowedHeaders).toEqual(expect.arrayContaining(["content-type", "x-api-key"]));
    expect(response.headers.vary).toContain("Origin");
  });

  it("serves a listed origin's credentialed POST with the headers that let its page read it", async () => {
    const response = await credentialedPost(api.url, ALLOWED);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data.health.ok).toBe(true);
    expect(response.headers["access-control-allow-origin"]).toBe(ALLOWED);
    expect(response.headers["access-control-allow-credentials"]).toBe("true");
    expect(response.headers["access-control-expose-headers"]).toBe("x-request-id");
  });

  it("refuses an origin that is not listed with 403, preflight and POST, before any statement", async () => {
    const before = db.statementCount();
    for (const response of [
      await preflight(api.url, REFUSED),
      await credentialedPost(api.url, REFUSED),
    ]) {
      expect(response.status).toBe(403);
      expect(response.headers["access-control-allow-origin"]).toBeUndefined();
      expect(JSON.parse(response.body).errors[0].extensions.code).toBe("ORIGIN_NOT_ALLOWED");
    }
    expect(db.statementCount()).toBe(before);
  });

  it("is off by default: the same frontend's origin is refused", async () => {
    const response = await preflight(closed.url, ALLOWED);
    expect(response.status).toBe(403);
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("leaves requests without an Origin and same-origin requests (the IDE) alone", async () => {
    const own = new URL(closed.url).origin;
    for (const headers of [{}, { origin: own }] as Record<string, string>[]) {
      const response = await send(
        closed.url,
        "POST",
        { ...headers, "content-type": "application/json" },
        HEALTH,
      );
      expect(response.status).toBe(200);
      expect(response.headers["access-control-allow-origin"]).toBeUndefined();
    }
  });

  it("keeps CSRF prevention for a listed origin: a simple text/plain POST is refused", async () => {
    const before = db.statementCount();
    const response = await send(
      api.url,
      "POST",
      { origin: ALLOWED, "content-type": "text/plain" },
      HEALTH,
    );
    expect(response.status).toBe(400);
    expect(response.body).toContain("CSRF");
    expect(db.statementCount()).toBe(before);
  });
});
