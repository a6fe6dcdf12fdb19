/**
 * The in-browser IDE in a real browser: Debian's chromium, driven by playwright-core, opens
 * GET /graphql, runs the default query and sees the answer, with every request it made going
 * to this server only (the page must work with no internet).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi } from "../support/api.js";
import { launchChromium, recordPage } from "../support/chromium.js";
import { openTestDatabase } from "../support/database.js";

const db = openTestDatabase();
let api: Awaited<ReturnType<typeof startTestApi>>;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi(db);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await db.close();
});

describe("GraphiQL at /graphql", () => {
  it("runs a query in the browser and shows the result, loading nothing from outside", async () => {
    const page = await browser.newPage();
    const record = recordPage(page, new URL(api.url).origin);

    const response = await page.goto(api.graphqlUrl);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toMatch(/default-src 'self'/);
    await page.locator(".graphiql-execute-button").waitFor({ timeout: 30_000 });
    await page.locator(".graphiql-execute-button").click();
    const result = page.locator(".graphiql-response");
    await expect.poll(async () => result.textContent(), { timeout: 30_000 }).toMatch(/"ok": true/);
    expect(await result.textContent()).toMatch(/"version": "5\.26/);

    expect(record.errors).toEqual([]);
    expect(record.outside).toEqual([]);
    await page.screenshot({ path: "test-results/graphiql.png" }).catch(() => undefined);
  });

  it("still answers GraphQL GETs with a query, and non-browser GETs as GraphQL", async () => {
    const page = await fetch(`${api.graphqlUrl}?query=${encodeURIComponent("{ health { ok } }")}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(page.status).toBe(200);
    expect(await page.json()).toMatchObject({ data: { health: { ok: true } } });
  });
});
