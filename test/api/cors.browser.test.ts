/**
 * CORS_ORIGINS as a frontend meets it, in Debian's chromium: a page served from its own origin
 * (as a Vite dev server would) posts GraphQL with credentials to the API. Listed, the browser
 * lets the page read the answer; not listed, the browser blocks it and the page sees a network
 * error. The browser, not this test, decides what the page may read.
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";

const CHROMIUM = "/usr/bin/chromium";
const db = openTestDatabase();
let frontend: Server;
let frontendOrigin: string;
let listed: Awaited<ReturnType<typeof startTestApi>>;
let unlisted: Awaited<ReturnType<typeof startTestApi>>;
let browser: Browser;

/** The frontend's page: nothing but an origin for the page's scripts to run in. */
function startFrontend(): Promise<Server> {
  const server = createServer((_req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end("<!doctype html><title>frontend</title>");
  });
  return new Promise((resolvePromise) =>
    server.listen(0, "127.0.0.1", () => resolvePromise(server)),
  );
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: npm test installs it (scripts/system-packages.mjs)`);
  frontend = await startFrontend();
  frontendOrigin = `http://localhost:${(frontend.address() as AddressInfo).port}`;
  listed = await startTestApi(db, { CORS_ORIGINS: frontendOrigin });
  unlisted = await startTestApi(db, { CORS_ORIGINS: "http://localhost:1" });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
});
afterAll(async () => {
  await browser?.close();
  await listed?.close();
  await unlisted?.close();
  frontend?.close();
  await db.close();
});

/** Runs fetch(graphqlUrl) with credentials in the frontend's page; what the page sees. */
async function fetchFromFrontend(graphqlUrl: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(`${frontendOrigin}/`);
    return await page.evaluate(async (url) => {
      try {
        const response = await fetch(url, {
          method: "POST",
          credentials: "include",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ health { ok } }" }),
        });
        return `${response.status} ${await response.text()}`;
      } catch (error) {
        return `blocked: ${(error as Error).name}`;
      }
    }, graphqlUrl);
  } finally {
    await page.close();
  }
}

describe("a frontend on another origin, in a real browser", () => {
  it("reads the answer when its origin is in CORS_ORIGINS", async () => {
    const answer = await fetchFromFrontend(listed.graphqlUrl);
    expect(answer.slice(0, 4)).toBe("200 ");
    // the page reads the whole answer: the data, and the snapshot it was read from
    expect(JSON.parse(answer.slice(4))).toMatchObject({
      data: { health: { ok: true } },
      extensions: { snapshot: expect.stringMatching(/^snap-[0-9a-f]{16}$/) },
    });
  });

  it("is blocked by the browser when its origin is not", async () => {
    expect(await fetchFromFrontend(unlisted.graphqlUrl)).toBe("blocked: TypeError");
  });
});
