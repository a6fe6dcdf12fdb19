/**
 * Does GET /export keep memory flat as the subgraph grows? Builds synthetic graphs of
 * growing size in a private embedded Neo4j, streams each as node-link JSON, GraphML, the tidy
 * CSV and Parquet zips and the network view over HTTP to a client that discards the bytes, and samples the server process's heap and RSS
 * while it runs. Flat means the peak stays roughly constant while the bytes grow 100-fold.
 *
 *   node --expose-gc --import tsx bench/export-memory.ts   → bench/results/export-memory.json
 */
import type { Database } from "../src/graph/database.js";
import { withPrivateNeo4j } from "./private-neo4j.js";
import { machineFacts, writeBenchResult } from "./record.js";

const SIZES = [1_000, 10_000, 100_000];
/** Each a query string's format (and view): the tidy tables come as a zip of three files. */
const FORMATS = ["json", "graphml", "csv", "parquet", "json&view=network"];

/** Adds facts until the graph holds `facts` of them: 200 partners, 50 commodities, 1 document. */
async function growTo(db: Database, facts: number, have: number) {
  await db.write(
    `MERGE (d:Document {id: 'doc:bench000000000000'}) SET d.source = 'bench', d.extractor = 'bench'
     MERGE (c:Entity:Country {id: 'country:CHN'}) SET c.type = 'Country', c.name = 'China', c.aliases = ['China']
     WITH d
     UNWIND range(0, 199) AS i
     MERGE (p:Entity:Country {id: 'country:P' + i}) SET p.type = 'Country', p.name = 'Partner ' + i, p.aliases = ['Partner ' + i]
     WITH d
     UNWIND range(0, 49) AS i
     MERGE (m:Entity:Commodity {id: 'commodity:c' + i}) SET m.type = 'Commodity', m.name = 'Commodity ' + i, m.aliases = ['Commodity ' + i]`,
  );
  for (let start = have; start < facts; start += 10_000) {
    await db.write(
      `MATCH (d:Document {id: 'doc:bench000000000000'}), (r:Entity {id: 'country:CHN'})
       UNWIND range($start, $end - 1) AS i
       MATCH (p:Entity {id: 'country:P' + (i % 200)})
       MATCH (m:Entity {id: 'commodity:c' + (i % 50)})
       CREATE (f:TradeFact {id: 'tf:' + i, flow: 'EXPORT', periodStart: '2021-01', periodEnd: '2021-06',
                            valueAmount: toFloat(i) * 1000000.0, valueCurrency: 'CNY', changePct: toFloat(i % 100) / 10.0})
       CREATE (f)-[:REPORTER]->(r), (f)-[:PARTNER]->(p), (f)-[:COMMODITY]->(m)
       CREATE (f)-[:STATED_IN {quote: 'Exports to partner ' + (i % 200) + ' rose.', start: i, end: i + 30}]->(d)`,
      { start, end: Math.min(start + 10_000, facts) },
    );
  }
}

async function measure(url: string) {
  global.gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  let peakLiveHeap = base.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }, 5);
  // heapUsed includes garbage not yet collected; a forced collection now and then shows what
  // the export really holds on to (needs node --expose-gc).
  const liveTimer = setInterval(() => {
    if (!global.gc) return;
    global.gc();
    peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
  }, 250);
  const started = performance.now();
  const response = await fetch(url);
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
    bytes += chunk.length;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  clearInterval(liveTimer);
  return {
    status: response.status,
    bytes,
    seconds: Number(seconds.toFixed(2)),
    peakHeapGrowthMiB: Number(((peakHeap - base.heapUsed) / 2 ** 20).toFixed(1)),
    peakRssGrowthMiB: Number(((peakRss - base.rss) / 2 ** 20).toFixed(1)),
    peakLiveHeapGrowthMiB: global.gc
      ? Number(((peakLiveHeap - base.heapUsed) / 2 ** 20).toFixed(1))
      : null,
  };
}

const { result: rows, neo4jVersion } = await withPrivateNeo4j(
  {
    name: "export",
    boltPort: 7675,
    heap: "2g",
    pageCache: "512m",
    env: { NEO4J_QUERY_TIMEOUT_MS: "600000" },
  },
  async (db, api) => {
    const rows: Record<string, unknown>[] = [];
    let have = 0;
    for (const facts of SIZES) {
      await growTo(db, facts, have);
      have = facts;
      for (const format of FORMATS) {
        const result = await measure(`${api.url}/export?format=${format}`);
        rows.push({ facts, format, ...result });
        console.log(JSON.stringify(rows.at(-1)));
      }
    }
    return rows;
  },
);

writeBenchResult("export-memory", {
  benchmark: "export-memory",
  machine: machineFacts({ neo4j: neo4jVersion }),
  rows,
});
