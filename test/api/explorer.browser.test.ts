/**
 * The explorer in a real browser (Debian's chromium through playwright-core) against the
 * seeded graph, the way an analyst goes through it: search "ASEAN", open its page, read the
 * chart (its points are the API's timeSeries), open a table row's sentence, follow it to the
 * document where that sentence is highlighted, look at the neighbourhood picture, and
 * download an export that networkx reads. No console error, no request to another host.
 * Screenshots of each view go to test-results/explorer/ (git-ignored) for a person to see.
 */
import "reflect-metadata";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/api/server.js";
import { type Data, queryData } from "../support/api.js";
import { launchChromium, type PageRecord, recordPage } from "../support/chromium.js";
import { readWithNetworkx } from "../support/networkx.js";
import { useSeededApi } from "../support/seeded-api.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SHOTS = join(ROOT, "test-results/explorer");
const ASEAN = "region:asean";
const CHINA = "country:CHN";
const WAIT = { timeout: 60_000 };

let api: RunningApi;
let browser: Browser;
let downloads: string;

beforeAll(async () => {
  // the bundle the server serves, rebuilt when its sources are newer (as npm install does)
  execFileSync(process.execPath, [join(ROOT, "scripts/build-ide.mjs")], { stdio: "pipe" });
  mkdirSync(SHOTS, { recursive: true });
  downloads = mkdtempSync(join(tmpdir(), "trade-kg-explorer-"));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

async function attributes(list: Locator, name: string): Promise<(string | null)[]> {
  return Promise.all((await list.all()).map((item) => item.getAttribute(name)));
}

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });

/** The fact behind China's H1 2021 trade with ASEAN that carries a value, as the API has it. */
async function aseanValueFact(): Promise<Data> {
  const data: Data = await queryData(
    api.graphqlUrl,
    `{ tradeFacts(filter: {reporter: "${CHINA}", partner: "${ASEAN}", flows: [TOTAL], valueMin: 1}) {
        edges { node { id value { amount } evidence { quote start end document { id } } } } } }`,
  );
  expect(data.tradeFacts.edges).toHaveLength(1);
  return data.tradeFacts.edges[0].node;
}

async function searchAndOpenAsean(page: Page): Promise<void> {
  await page.goto(`${api.url}/`);
  const box = page.getByLabel("Search names and aliases");
  await box.fill("ASEAN");
  await box.press("Enter");
  await page.locator("#results-title").waitFor(WAIT);
  expect(new URL(page.url()).searchParams.get("q")).toBe("ASEAN");
  await expect.poll(() => page.locator("#group-REGION").textContent()).toMatch(/Regions/);
  await shot(page, "search");
  // keyboard only: ArrowDown from the box reaches the first result, Enter opens it
  await box.press("ArrowDown");
  expect(await page.evaluate("document.activeElement?.textContent")).toBe("ASEAN");
  await page.keyboard.press("Enter");
  await page.locator("#entity-title").waitFor(WAIT);
  expect(new URL(page.url()).searchParams.get("entity")).toBe(ASEAN);
  expect(await page.locator("#entity-title").textContent()).toBe("ASEAN");
  // focus follows the navigation to the new content
  expect(await page.evaluate("document.activeElement.id")).toBe("main");
}

async function checkChart(page: Page): Promise<void> {
  const series: Data = await queryData(
    api.graphqlUrl,
    `{ timeSeries(reporter: "${CHINA}", partner: "${ASEAN}", flow: TOTAL, metric: VALUE) {
        edges { value } } }`,
  );
  const expected = series.timeSeries.edges.map((edge: Data) => edge.value);
  expect(expected.length).toBeGreaterThan(0);
  const figure = page.locator("figure.series", { hasText: "total with ASEAN" });
  await figure.waitFor(WAIT);
  expect(Number(await figure.getAttribute("data-points"))).toBe(expected.length);
  const drawn = await attributes(figure.locator(".series-table tbody tr"), "data-value");
  expect(drawn.map(Number)).toEqual(expected);
  const canvas = figure.locator(".chart canvas");
  expect(await canvas.count()).toBe(1);
  expect((await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(200);
  await figure.scrollIntoViewIfNeeded();
  await figure.screenshot({ path: join(SHOTS, "chart.png") });
}

async function openSentenceInDocument(page: Page, fact: Data): Promise<void> {
  const row = page.locator(`tr[data-fact="${fact.id}"]`);
  await row.getByRole("button", { name: "Sentence" }).click();
  const evidence = fact.evidence[0];
  const quote = page.locator(".sentence-row .sentence");
  expect(await quote.textContent()).toBe(evidence.quote);
  await shot(page, "entity");
  await page.locator(".sentence-row a.open-document").click();
  await page.locator("#document-title").waitFor(WAIT);
  const url = new URL(page.url());
  expect(url.searchParams.get("doc")).toBe(evidence.document.id);
  expect(url.searchParams.get("at")).toBe(`${evidence.start}-${evidence.end}`);
  const current = page.locator(".whole-text .kept.current");
  await current.waitFor(WAIT);
  expect(await current.textContent()).toContain(evidence.quote);
  // the entities inside the sentence are highlighted at their offsets, ASEAN among them
  const named = await attributes(current.locator("a.entity-mark"), "href");
  expect(named).toContain(`/?entity=${encodeURIComponent(ASEAN)}`);
  await checkWholeText(page, evidence.document.id);
  await shot(page, "document");
  // the document's own graph, as networkx reads it
  const exported: Data = await queryData(
    api.graphqlUrl,
    `{ exportSubgraph(document: "${evidence.document.id}") { nodeCount } }`,
  );
  expect(await downloadExport(page, "json")).toBe(exported.exportSubgraph.nodeCount);
}

/**
 * The page shows the document's whole text, character for character: sentences stating no
 * fact too, each marked sentence at its offsets, mentions outside marked sentences linked.
 */
async function checkWholeText(page: Page, documentId: string): Promise<void> {
  const data: Data = await queryData(
    api.graphqlUrl,
    `{ document(id: "${documentId}") { text textLength } }`,
  );
  const { text, textLength } = data.document;
  expect(text.length).toBe(textLength);
  const shown = page.locator(".whole-text");
  expect(await shown.textContent()).toBe(text);
  const kept = await page
    .locator(".whole-text .kept")
    .evaluateAll((marks) =>
      marks.map((m) => [Number(m.getAttribute("data-start")), m.textContent]),
    );
  expect(kept.length).toBeGreaterThan(1);
  for (const [start, quote] of kept) expect(text.slice(start, start + quote.length)).toBe(quote);
  // the text between marked sentences is there and names entities too
  const keptChars = kept.reduce((sum, [, quote]) => sum + quote.length, 0);
  expect(keptChars).toBeLessThan(text.length);
  expect(await page.locator(".whole-text > a.entity-mark").count()).toBeGreaterThan(0);
}

/** The drawn nodes of the picture match the export's neighbourhood (bounded at 150). */
async function checkPicture(page: Page, hops: number): Promise<void> {
  const around: Data = await queryData(
    api.graphqlUrl,
    `{ exportSubgraph(center: "${ASEAN}", hops: ${hops}, view: ENTITIES) { nodeCount } }`,
  );
  const expected = Math.min(150, around.exportSubgraph.nodeCount);
  const graph = page.locator(".graph[data-rendered='true']");
  await expect.poll(() => graph.getAttribute("data-nodes"), WAIT).toBe(String(expected));
  expect(expected).toBeGreaterThan(1);
  expect(await graph.locator("canvas").count()).toBeGreaterThan(0);
}

/** Where sigma drew a node, in page pixels; null until it has. */
async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  const at = (await page.evaluate(`(() => {
    const sigma = document.querySelector(".graph").sigma;
    const shown = sigma && sigma.getNodeDisplayData(${JSON.stringify(id)});
    return shown ? sigma.framedGraphToViewport(shown) : null;
  })()`)) as { x: number; y: number } | null;
  const box = await page.locator(".graph").boundingBox();
  return at && box ? { x: box.x + at.x, y: box.y + at.y } : null;
}

async function checkNeighbourhood(page: Page): Promise<void> {
  await page.goBack();
  await page.locator("#entity-title").waitFor(WAIT);
  await page.locator(".graph").scrollIntoViewIfNeeded();
  await checkPicture(page, 1);
  await page.getByLabel("2", { exact: true }).check();
  await checkPicture(page, 2);
  await page.locator(".graph").scrollIntoViewIfNeeded();
  await shot(page, "neighbourhood");
}

/** A click on China's node opens China's page. */
async function clickNode(page: Page, id: string): Promise<void> {
  await page.locator(".graph").scrollIntoViewIfNeeded();
  await expect.poll(() => nodeOnScreen(page, id), WAIT).not.toBeNull();
  const at = await nodeOnScreen(page, id);
  await page.mouse.click(at!.x, at!.y);
  await expect.poll(() => new URL(page.url()).searchParams.get("entity"), WAIT).toBe(id);
  await page.locator("#entity-title").waitFor(WAIT);
}

async function downloadExport(page: Page, format: "json" | "graphml"): Promise<number> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`.exports a[data-format="${format}"]`).first().click(),
  ]);
  const path = join(downloads, `${Date.now()}.${format}`);
  await download.saveAs(path);
  return readWithNetworkx(format, path).nodes;
}

/** Controls without a name a screen reader could read out (label, aria-label or text). */
const UNLABELLED = `[...document.querySelectorAll("input, select, button, a[href]")]
  .filter((el) => !((el.labels && el.labels.length) || el.getAttribute("aria-label") || el.textContent.trim()))
  .map((el) => el.outerHTML)`;

/** Text whose contrast with the background behind it is under WCAG AA's 4.5:1. */
const LOW_CONTRAST = `(() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (el) => {
    for (let at = el; at; at = at.parentElement) {
      const c = rgb(getComputedStyle(at).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c;
    }
    return [255, 255, 255];
  };
  const texts = [...document.querySelectorAll("main *, header *")].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
  return texts.flatMap((el) => {
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    return ratio < 4.5 ? [el.tagName + "." + el.className + ": " + ratio.toFixed(2)] : [];
  });
})()`;

describe("the explorer at /", () => {
  const seeded = useSeededApi();
  let page: Page;
  let record: PageRecord;
  beforeAll(async () => {
    api = seeded.api;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    record = recordPage(page, new URL(api.url).origin);
  });

  it("takes an analyst from a search to a chart, a sentence, its document, the neighbourhood and an export", async () => {
    const fact = await aseanValueFact();
    await searchAndOpenAsean(page);
    await checkChart(page);
    await openSentenceInDocument(page, fact);
    await checkNeighbourhood(page);
    const exported: Data = await queryData(
      api.graphqlUrl,
      `{ exportSubgraph(center: "${ASEAN}", hops: 1) { nodeCount } }`,
    );
    expect(await downloadExport(page, "json")).toBe(exported.exportSubgraph.nodeCount);
    expect(await downloadExport(page, "graphml")).toBe(exported.exportSubgraph.nodeCount);
    await clickNode(page, CHINA);
    expect(await page.locator("#entity-title").textContent()).toBe("People's Republic of China");
    expect(record.errors).toEqual([]);
    expect(record.outside).toEqual([]);
  }, 240_000);

  it("names every control and keeps text at 4.5:1 contrast on the entity and document pages", async () => {
    const fact = await aseanValueFact();
    for (const view of [`/?entity=${ASEAN}`, `/?doc=${fact.evidence[0].document.id}`]) {
      await page.goto(`${api.url}${view}`);
      await page.locator("h1[tabindex='-1']").waitFor(WAIT);
      await page.locator("tr[data-fact] button, .whole-text .kept").first().waitFor(WAIT);
      expect(await page.evaluate(UNLABELLED)).toEqual([]);
      expect(await page.evaluate(LOW_CONTRAST)).toEqual([]);
    }
    // Tab from the top: the skip link first, then the page's own links and the search box
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.className")).toBe("skip");
  }, 120_000);

  it("opens a bookmarked view directly, and answers non-browsers at / with JSON", async () => {
    const response = await page.goto(`${api.url}/?entity=${CHINA}`);
    expect(response?.headers()["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(response?.headers()["content-security-policy"]).not.toMatch(/unsafe-inline|unsafe-eval/);
    await page.locator("#entity-title").waitFor(WAIT);
    expect(await page.locator("#entity-title").textContent()).toBe("People's Republic of China");
    const json = await fetch(`${api.url}/`);
    expect(await json.json()).toEqual({ name: "trade-kg", graphql: "/graphql" });
    expect(record.errors).toEqual([]);
    expect(record.outside).toEqual([]);
  }, 120_000);
});
