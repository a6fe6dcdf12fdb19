/**
 * How long until an entity page with 1,000 trade facts is interactive in the explorer: a
 * private Neo4j holds one synthetic document whose 1,000 facts all name one reporter (20
 * partners × 50 months of exports, written through the real write path), and Debian's
 * chromium opens /?entity=… and waits until the facts table lists all 1,000 rows, then until
 * every chart and the neighbourhood picture are drawn. The first (cold) load is reported
 * apart from the median of the warm ones. Not a test: timings depend on the machine.
 *
 *   node --import tsx bench/explorer.ts   → bench/results/explorer.json
 */
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import type { Entity, ExtractedDocument, TradeFact } from "../src/core/contract.js";
import { EXTRACTOR_ID } from "../src/core/version.js";
import type { Database } from "../src/graph/database.js";
import { writeExtractedDocument } from "../src/graph/documents.js";
import { CHROMIUM, launchChromium } from "../test/support/chromium.js";
import { withPrivateNeo4j } from "./private-neo4j.js";
import { machineFacts, writeBenchResult } from "./record.js";

const ROOT = resolve(import.meta.dirname, "..");
const REPORTER = "country:ZZB";
const PARTNERS = 20;
const MONTHS = 50;
const RUNS = 6;

function entity(id: string, type: Entity["type"], name: string): Entity {
  return {
    id,
    type,
    name,
    kind: null,
    codes: {},
    aliases: [name],
    mentions: [{ start: 0, end: 4 }],
  };
}

function month(index: number): string {
  const year = 2020 + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** 1,000 monthly export figures of one reporter with 20 partners, each with its sentence. */
function syntheticDocument(): ExtractedDocument {
  const partners = Array.from({ length: PARTNERS }, (_, i) =>
    entity(`country:ZP${String.fromCharCode(65 + i)}`, "Country", `Partnerland ${i + 1}`),
  );
  const facts: TradeFact[] = [];
  for (const [p, partner] of partners.entries()) {
    for (let m = 0; m < MONTHS; m += 1) {
      const quote = `In ${month(m)}, exports to ${partner.name} reached ${100 + p + m} billion yuan.`;
      const start = facts.length * 100;
      facts.push({
        id: `tf:bench${String(facts.length).padStart(12, "0")}`,
        reporter: REPORTER,
        partner: partner.id,
        commodity: null,
        flow: "EXPORT",
        segment: null,
        period: { start: month(m), end: month(m) },
        value: { amount: (100 + p + m) * 1_000_000_000, currency: "CNY" },
        quantity: null,
        price: null,
        changePct: (m % 20) - 5,
        baseline: null,
        sharePct: null,
        evidence: { start, end: start + quote.length, quote },
        speaker: null,
      });
    }
  }
  return {
    contract: "trade-kg/extraction@1",
    document: {
      id: "doc:00000000000be4c0",
      source: "bench-explorer.txt",
      title: "Synthetic monthly exports",
      date: "2024-03-01",
      speakers: [],
      extractor: EXTRACTOR_ID,
      dateSource: "CALLER",
    },
    entities: [entity(REPORTER, "Country", "Benchland"), ...partners],
    tradeFacts: facts,
    policyFacts: [],
  };
}

interface Load {
  /** navigation start → the table lists every fact (the page can be read and sorted) */
  tableMs: number;
  /** → every chart drawn */
  chartsMs: number;
  /** → the neighbourhood picture drawn */
  pictureMs: number;
  graphqlRequests: number;
}

async function loadOnce(browser: Browser, url: string, facts: number): Promise<Load> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let graphqlRequests = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/graphql")) graphqlRequests += 1;
  });
  const started = Date.now();
  await page.goto(url);
  const timeout = { timeout: 120_000 };
  // each moment waited for on its own: the picture does not wait for the facts
  const when = (done: Promise<unknown>) => done.then(() => Date.now() - started);
  const [tableMs, chartsMs, pictureMs] = await Promise.all([
    when(page.getByText(`${facts} of ${facts} facts`).waitFor(timeout)),
    when(page.locator("figure.series .chart canvas").first().waitFor(timeout)),
    when(page.locator(".graph[data-rendered='true']").waitFor(timeout)),
  ]);
  await page.close();
  return { tableMs, chartsMs, pictureMs, graphqlRequests };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function run(db: Database, apiUrl: string) {
  const document = syntheticDocument();
  await writeExtractedDocument(db, document);
  const browser = await launchChromium();
  try {
    const url = `${apiUrl}/?entity=${encodeURIComponent(REPORTER)}`;
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i += 1)
      loads.push(await loadOnce(browser, url, document.tradeFacts.length));
    const warm = loads.slice(1);
    return {
      facts: document.tradeFacts.length,
      series: PARTNERS,
      cold: loads[0],
      warmMedian: {
        tableMs: median(warm.map((l) => l.tableMs)),
        chartsMs: median(warm.map((l) => l.chartsMs)),
        pictureMs: median(warm.map((l) => l.pictureMs)),
      },
      graphqlRequests: loads[0].graphqlRequests,
      runs: loads,
    };
  } finally {
    await browser.close();
  }
}

execFileSync(process.execPath, [resolve(ROOT, "scripts/build-ide.mjs")], { stdio: "inherit" });
const loadBefore = loadavg()[0];
const { result, neo4jVersion } = await withPrivateNeo4j(
  { name: "explorer", boltPort: 7713, heap: "1g", pageCache: "256m" },
  (db, api) => run(db, api.url),
);
const chromium = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim();
writeBenchResult("explorer", {
  machine: machineFacts({
    neo4j: neo4jVersion,
    chromium,
    loadAverage1m: {
      before: Number(loadBefore.toFixed(2)),
      after: Number(loadavg()[0].toFixed(2)),
    },
  }),
  question:
    "time from navigation to an interactive entity page with 1,000 trade facts (table listing all, charts drawn, neighbourhood drawn), served and drawn on this machine",
  ...result,
});
