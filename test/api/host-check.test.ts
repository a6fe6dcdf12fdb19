/**
 * The Host allow-list against DNS rebinding, on the real server over the real Neo4j: a foreign
 * Host gets 421 on every route before any work (no statement runs), localhost names, HOST and
 * ALLOWED_HOSTS pass; and the IDE page may not be framed.
 */
import { request } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostMatcher, parseHostHeader } from "../../src/api/host-check.js";
import { startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const HEALTH = JSON.stringify({ query: "{ health { ok } }" });

/** An HTTP request with a Host header of our choosing (fetch would send the URL's own). */
function send(
  url: string,
  path: string,
  host: string | null,
  options: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const { port } = new URL(url);
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? "GET",
        setHost: false,
        headers: {
          ...(host === null ? {} : { host }),
          ...(options.body ? { "content-type": "application/json" } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolvePromise({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

const postHealth = (url: string, host: string | null) =>
  send(url, "/graphql", host, { method: "POST", body: HEALTH });

describe("the Host allow-list on the running server", () => {
  const db = openTestDatabase();
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let listed: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(db);
    listed = await startTestApi(db, { ALLOWED_HOSTS: "kg.example.org,10.0.0.5:4000" });
  });
  afterAll(async () => {
    await api.close();
    await listed.close();
    await db.close();
  });

  it.each([
    ["POST /graphql", "/graphql", "POST", HEALTH, {}],
    ["GET /graphql?query", "/graphql?query=%7Bhealth%7Bok%7D%7D", "GET", undefined, {}],
    ["the IDE", "/graphql", "GET", undefined, { accept: "text/html" }],
    ["an IDE asset", "/ide/graphiql-app.js", "GET", undefined, {}],
    ["GET /export", "/export?format=json&center=country:CHN&hops=1", "GET", undefined, {}],
    ["GET /", "/", "GET", undefined, {}],
  ])(
    "answers a foreign Host with 421 on %s, before running any statement",
    async (_, path, method, body, headers) => {
      const before = db.statementCount();
      const response = await send(api.url, path, "rebind.attacker.example:4000", {
        method,
        body,
        headers,
      });
      expect(response.status).toBe(421);
      expect(JSON.parse(response.body).errors[0].extensions.code).toBe("MISDIRECTED_REQUEST");
      expect(response.headers["content-security-policy"]).toBeUndefined();
      expect(db.statementCount()).toBe(before);
    },
  );

  it.each([
    "rebind.attacker.example",
    "localhost.attacker.example",
    "127.0.0.1.attacker.example:80",
    "attacker.localhost",
    "kg.example.org",
    "[::2]",
  ])("refuses Host %s", async (host) => {
    expect((await postHealth(api.url, host)).status).toBe(421);
  });

  it("refuses a request without a Host header: Node itself for HTTP/1.1, the check for HTTP/1.0", async () => {
    expect((await postHealth(api.url, null)).status).toBe(400);
    const statusLine = await new Promise<string>((resolvePromise, reject) => {
      const socket = connect(Number(new URL(api.url).port), "127.0.0.1", () =>
        socket.end("GET / HTTP/1.0\r\n\r\n"),
      );
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk.toString("latin1");
      });
      socket.on("end", () => resolvePromise(text.split("\r\n")[0]));
      socket.on("error", reject);
    });
    expect(statusLine).toMatch(/^HTTP\/1\.[01] 421 /);
  });

  it.each([
    (port: string) => `localhost:${port}`,
    (port: string) => `127.0.0.1:${port}`,
    (port: string) => `[::1]:${port}`,
    () => "localhost",
    () => "LocalHost:8080",
    () => "localhost.:80",
  ])("answers the localhost name %#, with any port", async (hostFor) => {
    const response = await postHealth(api.url, hostFor(new URL(api.url).port));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data.health.ok).toBe(true);
  });

  it("answers ALLOWED_HOSTS entries: a name at any port, a name:port only at that port", async () => {
    expect((await postHealth(listed.url, "kg.example.org")).status).toBe(200);
    expect((await postHealth(listed.url, "KG.example.org:8443")).status).toBe(200);
    expect((await postHealth(listed.url, "10.0.0.5:4000")).status).toBe(200);
    expect((await postHealth(listed.url, "10.0.0.5:4001")).status).toBe(421);
    expect((await postHealth(listed.url, "10.0.0.5")).status).toBe(421);
    expect((await postHealth(listed.url, "rebind.attacker.example")).status).toBe(421);
    expect((await postHealth(listed.url, "localhost")).status).toBe(200);
  });

  it("serves the IDE page unframeable: CSP frame-ancestors 'none' and X-Frame-Options DENY", async () => {
    const page = await send(api.url, "/graphql", `localhost:${new URL(api.url).port}`, {
      headers: { accept: "text/html" },
    });
    expect(page.status).toBe(200);
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers["x-frame-options"]).toBe("DENY");
  });
});

describe("hostMatcher", () => {
  it("answers the configured HOST by name, any port", () => {
    const ours = hostMatcher({ host: "kg.lan", allowedHosts: [] });
    expect(ours("kg.lan:4000")).toBe(true);
    expect(ours("kg.lan")).toBe(true);
    expect(ours("other.lan")).toBe(false);
  });

  it("writes an IPv6 HOST the way a Host header carries it", () => {
    const ours = hostMatcher({ host: "fd00::5", allowedHosts: [] });
    expect(ours("[fd00::5]:4000")).toBe(true);
    expect(ours("fd00::5")).toBe(false);
  });

  it.each([
    ["localhost:4000", { name: "localhost", port: "4000" }],
    ["[::1]:80", { name: "[::1]", port: "80" }],
    ["Example.ORG.", { name: "example.org", port: null }],
    ["a:b:c", null],
    ["", null],
    ["host:123456", null],
  ])("parses Host %j", (value, expected) => {
    expect(parseHostHeader(value)).toEqual(expected);
  });
});
