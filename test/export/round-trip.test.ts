/**
 * Every export format read back by the tools that consume it, compared with the database:
 * node-link JSON and GraphML through Debian's networkx (and GraphML through graphology too),
 * the CSV bundle through neo4j-admin import into a fresh database, and the Cypher script run
 * in a fresh, empty Neo4j.
 */
import { execFileSync } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedDocument } from "../../src/core/contract.js";
import { TradeKgError } from "../../src/core/errors.js";
import { exportSubgraph } from "../../src/export/export-subgraph.js";
import { type ExportFormat, parseSelection } from "../../src/export/selection.js";
import { streamTextSink, stringTextSink } from "../../src/export/text-sink.js";
import { type Database, openDatabase } from "../../src/graph/database.js";
import { deleteStoredDocument, writeExtractedDocument } from "../../src/graph/documents.js";
import { startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../../src/graph/embedded.js";
import { EMBEDDED_USER, readEmbeddedPassword } from "../../src/graph/embedded-auth.js";
import { cypherStatements } from "../../src/graph/schema.js";
import type { SubgraphEdge, SubgraphNode } from "../../src/graph/subgraph.js";
import { streamSubgraph } from "../../src/graph/subgraph.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { openTestDatabase } from "../support/database.js";
import { networkxVersion, readWithNetworkx } from "../support/networkx.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"];
const folder = mkdtempSync(join(tmpdir(), "trade-kg-export-"));
const db = openTestDatabase();

beforeAll(async () => {
  for (const path of SEEDS)
    await ingestDocument(db, { bytes: readFileSync(resolve(ROOT, path)), source: path });
});
afterAll(async () => {
  await db.close();
  rmSync(folder, { recursive: true, force: true });
});

async function exportToFile(
  format: Exclude<ExportFormat, "csv" | "neo4j-csv">,
  raw: Parameters<typeof parseSelection>[0],
  name: string,
): Promise<string> {
  const path = join(folder, name);
  const stream = createWriteStream(path);
  await exportSubgraph(db, parseSelection(raw), format, {
    kind: "stream",
    sink: streamTextSink(stream),
  });
  stream.end();
  await finished(stream);
  return path;
}

async function collect(raw: Parameters<typeof parseSelection>[0]) {
  const nodes: SubgraphNode[] = [];
  const edges: SubgraphEdge[] = [];
  await streamSubgraph(db, parseSelection(raw), {
    node: (n) => void nodes.push(n),
    edge: (e) => void edges.push(e),
  });
  return { nodes, edges };
}

/** The whole stored graph as the database counts it (MENTIONS and documents' texts are not exported). */
async function databaseCounts() {
  const result = await db.read(`
    RETURN COUNT { (:Entity) } AS entities,
           COUNT { (:TradeFact) } AS facts,
           COUNT { (d:Document) WHERE EXISTS { (:TradeFact)-[:STATED_IN]->(d) } } AS documents,
           COUNT { ()-[r]->() WHERE NOT type(r) IN ["MENTIONS", "HAS_TEXT"] } AS edges,
           COUNT { (:TradeFact)-[:PARTNER]->() } AS partnerEdges,
           COUNT { (:TradeFact)-[:COMMODITY]->() } AS commodityEdges,
           COUNT { ()-[r:ISSUED|IMPLEMENTS|APPLIES_TO|COOPERATES_WITH|PART_OF|SUPPORTS]->() } AS policyEdges`);
  const r = result.records[0];
  return Object.fromEntries(r.keys.map((k) => [k, Number(r.get(k as string))])) as Record<
    string,
    number
  >;
}

describe("node-link JSON and GraphML read back with networkx", () => {
  it(`use a networkx that reads them (Debian's: ${safeVersion()})`, () => {
    expect(networkxVersion()).toMatch(/^\d+\.\d+/);
  });

  it.each(["json", "graphml"] as const)(
    "%s of the whole stored graph has every node, edge and attribute of the database",
    async (format) => {
      const path = await exportToFile(format, {}, `all.${format}`);
      const counts = await databaseCounts();
      const read = readWithNetworkx(format, path);
      expect(read.graphType).toBe("MultiDiGraph");
      expect(read.nodes).toBe(counts.entities + counts.facts + counts.documents);
      expect(read.edges).toBe(counts.edges);
      expect(read.edgeTypes.PARTNER ?? 0).toBe(counts.partnerEdges);
      expect(read.edgeTypes.COMMODITY ?? 0).toBe(counts.commodityEdges);

      // Attributes, with their types, against the stored properties.
      const china = (
        await db.read("MATCH (e:Entity {id: 'country:CHN'}) RETURN properties(e) AS p")
      ).records[0].get("p");
      const node = read.nodeAttributes["country:CHN"];
      expect(node.name).toBe(china.name);
      expect(node.iso3).toBe("CHN");
      expect(node.label).toBe("Country");
      const aliases = format === "json" ? node.aliases : JSON.parse(node.aliases as string);
      expect([...(aliases as string[])].sort()).toEqual([...china.aliases].sort());
      const fact = (
        await db.read(
          "MATCH (f:TradeFact) WHERE f.valueAmount IS NOT NULL RETURN properties(f) AS p ORDER BY f.id LIMIT 1",
        )
      ).records[0].get("p");
      const exported = read.nodeAttributes[fact.id];
      expect(exported.valueAmount).toBe(fact.valueAmount);
      expect(typeof exported.valueAmount).toBe("number");
      expect(exported.periodStart).toBe(fact.periodStart);
      const stated = (
        await db.read(
          "MATCH (f:TradeFact {id: $id})-[s:STATED_IN]->(d) RETURN d.id AS d, properties(s) AS p LIMIT 1",
          { id: fact.id },
        )
      ).records[0];
      const edge = read.edgeAttributes[`${fact.id}:STATED_IN:${stated.get("d")}`];
      expect(edge.quote).toBe(stated.get("p").quote);
      expect(edge.start).toBe(stated.get("p").start);
    },
  );

  it("the projected entity graph carries each fact's figures on entity-to-entity edges", async () => {
    const path = await exportToFile("json", { view: "entities", edges: "trade" }, "projected.json");
    const counts = await databaseCounts();
    const read = readWithNetworkx("json", path);
    expect(read.nodes).toBe(counts.entities);
    expect(read.edgeTypes.TRADES_WITH ?? 0).toBe(counts.partnerEdges);
    expect(read.edgeTypes.TRADES_IN ?? 0).toBe(counts.commodityEdges);
    const row = (
      await db.read(
        "MATCH (f:TradeFact)-[:PARTNER]->(p), (f)-[:REPORTER]->(r) WHERE f.valueAmount IS NOT NULL RETURN f.id AS id, f.valueAmount AS value, f.changePct AS change, p.id AS partner LIMIT 1",
      )
    ).records[0];
    const edge = read.edgeAttributes[`${row.get("id")}:TRADES_WITH`];
    expect(edge.valueAmount).toBe(row.get("value"));
    expect(edge.changePct ?? null).toBe(row.get("change"));
  });

  it("a centre with hops selects that neighbourhood and nothing beyond it", async () => {
    const one = await collect({ center: "country:CHN", hops: 1, view: "entities" });
    const zero = await collect({ center: "country:CHN", hops: 0 });
    expect(zero.nodes.filter((n) => n.labels.includes("Entity")).map((n) => n.id)).toEqual([
      "country:CHN",
    ]);
    // Hop 0 keeps the centre's own facts that involve no other entity (its trade with the world).
    for (const fact of zero.nodes.filter((n) => n.label === "TradeFact")) {
      const others = zero.edges.filter(
        (e) => e.source === fact.id && e.type !== "STATED_IN" && e.target !== "country:CHN",
      );
      expect(others).toEqual([]);
    }
    const ids = new Set(one.nodes.map((n) => n.id));
    const neighbours = await db.read(
      `MATCH (c:Entity {id: 'country:CHN'})
       CALL (c) {
         MATCH (c)<-[:REPORTER|PARTNER|COMMODITY]-(:TradeFact)-[:REPORTER|PARTNER|COMMODITY]->(o:Entity) RETURN o
         UNION MATCH (c)-[:ISSUED|IMPLEMENTS|APPLIES_TO|COOPERATES_WITH|PART_OF|SUPPORTS]-(o:Entity) RETURN o
       }
       RETURN collect(DISTINCT o.id) AS ids`,
    );
    expect(ids).toEqual(new Set(["country:CHN", ...neighbours.records[0].get("ids")]));
    for (const edge of one.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    const path = await exportToFile(
      "graphml",
      { center: "country:CHN", hops: 1, view: "entities" },
      "centre.graphml",
    );
    const graph = parseGraphml(MultiDirectedGraph, readFileSync(path, "utf8"));
    expect(graph.order).toBe(one.nodes.length);
    expect(graph.size).toBe(one.edges.length);
  });

  it("a period and a flow keep only the trade facts inside them", async () => {
    const { nodes } = await collect({
      edges: "trade",
      from: "2021-01",
      to: "2021-06",
      flow: "EXPORT",
    });
    const facts = nodes.filter((n) => n.label === "TradeFact");
    for (const fact of facts) {
      expect(fact.properties.flow).toBe("EXPORT");
      expect(
        fact.properties.periodStart >= "2021-01" && fact.properties.periodEnd <= "2021-06",
      ).toBe(true);
    }
    const expected = await db.read(
      "MATCH (f:TradeFact {flow: 'EXPORT'}) WHERE f.periodStart >= '2021-01' AND f.periodEnd <= '2021-06' RETURN count(f) AS n",
    );
    expect(facts.length).toBe(expected.records[0].get("n"));
  });

  it("unknown entities and documents are NOT_FOUND; an empty selection is a valid empty file", async () => {
    const unknown = await exportToFile("json", { center: "country:ZZZ" }, "x.json").catch(
      (e: unknown) => e,
    );
    expect((unknown as TradeKgError).code).toBe("NOT_FOUND");
    const missingDoc = await exportToFile(
      "json",
      { document: "doc:0000000000000000" },
      "y.json",
    ).catch((e: unknown) => e);
    expect((missingDoc as TradeKgError).code).toBe("NOT_FOUND");

    const empty: ExtractedDocument = {
      contract: "trade-kg/extraction@1",
      document: {
        id: "doc:00000000000000ee",
        source: "fixtures/empty",
        title: null,
        date: null,
        speakers: [],
        extractor: "test",
      },
      entities: [],
      tradeFacts: [],
      policyFacts: [],
    };
    await writeExtractedDocument(db, empty);
    try {
      for (const format of ["json", "graphml"] as const) {
        const path = await exportToFile(format, { document: empty.document.id }, `empty.${format}`);
        const read = readWithNetworkx(format, path);
        expect([read.nodes, read.edges]).toEqual([0, 0]);
      }
      const sink = stringTextSink();
      await exportSubgraph(db, parseSelection({ document: empty.document.id }), "cypher", {
        kind: "stream",
        sink,
      });
      expect(sink.text()).not.toMatch(/UNWIND/);
    } finally {
      await deleteStoredDocument(db, empty.document.id);
    }
  });
});

describe("the CSV bundle and the Cypher script in a fresh Neo4j", () => {
  let expected: Record<string, number>;
  beforeAll(async () => {
    const { nodes, edges } = await collect({});
    expected = {};
    for (const n of nodes)
      for (const label of n.labels) expected[`:${label}`] = (expected[`:${label}`] ?? 0) + 1;
    for (const e of edges) expected[`-${e.type}-`] = (expected[`-${e.type}-`] ?? 0) + 1;
  });

  async function countsIn(fresh: Database) {
    const nodes = await fresh.read(
      "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n",
    );
    const rels = await fresh.read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n");
    const counts: Record<string, number> = {};
    for (const r of nodes.records) counts[`:${r.get("label")}`] = Number(r.get("n"));
    for (const r of rels.records) counts[`-${r.get("type")}-`] = Number(r.get("n"));
    return counts;
  }

  async function withFreshNeo4j<T>(
    dataDir: string,
    port: number,
    work: (fresh: Database) => Promise<T>,
  ): Promise<T> {
    const instance = await startEmbeddedNeo4j({
      projectRoot: ROOT,
      config: { boltPort: port, dataDir, heap: "512m", pageCache: "64m" },
      mode: "attached",
      reuseRunning: false,
    });
    const fresh = openDatabase(instance.uri, {
      user: EMBEDDED_USER,
      password: readEmbeddedPassword(dataDir),
      database: undefined,
      queryTimeoutMs: 60_000,
    });
    try {
      return await work(fresh);
    } finally {
      await fresh.close();
      await stopEmbeddedNeo4j(instance);
    }
  }

  it("the Cypher script recreates the same nodes, relationships and properties", async () => {
    const sink = stringTextSink();
    await exportSubgraph(db, parseSelection({}), "cypher", { kind: "stream", sink });
    await withFreshNeo4j(join(folder, "cypher-db"), 7678, async (fresh) => {
      expect(await countsIn(fresh)).toEqual({});
      for (const statement of cypherStatements(sink.text())) await fresh.write(statement);
      expect(await countsIn(fresh)).toEqual(expected);
      const fact = (
        await db.read("MATCH (f:TradeFact) RETURN properties(f) AS p ORDER BY f.id LIMIT 1")
      ).records[0].get("p");
      const copy = (
        await fresh.read("MATCH (f:TradeFact {id: $id}) RETURN properties(f) AS p", { id: fact.id })
      ).records[0].get("p");
      expect(copy).toEqual(fact);
    });
  });

  it("the CSV bundle loads with neo4j-admin import into an empty database with the same counts", async () => {
    const bundle = join(folder, "bundle");
    mkdirSync(bundle);
    const streams: ReturnType<typeof createWriteStream>[] = [];
    await exportSubgraph(db, parseSelection({}), "neo4j-csv", {
      kind: "files",
      open: (name) => {
        const stream = createWriteStream(join(bundle, name));
        streams.push(stream);
        return streamTextSink(stream);
      },
    });
    for (const s of streams) s.end();
    await Promise.all(streams.map((s) => finished(s)));

    // neo4j-admin is the AdminTool class in the jars the embedded Neo4j is built from.
    const home = join(folder, "csv-db");
    mkdirSync(join(home, "conf"), { recursive: true });
    writeFileSync(join(home, "conf/neo4j.conf"), "");
    const admin = join(folder, "neo4j-admin");
    writeFileSync(
      admin,
      `#!/bin/sh\nexec java -cp "${join(ROOT, "neo4j/target/lib")}/*" org.neo4j.cli.AdminTool "$@"\n`,
      { mode: 0o755 },
    );
    // neo4j-admin writes import.report into the working folder: the test's, not the project's.
    execFileSync("sh", [join(bundle, "import.sh"), "neo4j"], {
      cwd: folder,
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, "conf"), NEO4J_ADMIN: admin },
      stdio: "pipe",
    });
    expect(existsSync(join(folder, "import.report"))).toBe(true);

    await withFreshNeo4j(home, 7679, async (fresh) => {
      expect(await countsIn(fresh)).toEqual(expected);
      const china = (
        await db.read("MATCH (e:Entity {id: 'country:CHN'}) RETURN properties(e) AS p")
      ).records[0].get("p");
      const copy = (
        await fresh.read("MATCH (e:Country {id: 'country:CHN'}) RETURN properties(e) AS p")
      ).records[0].get("p");
      expect(copy).toEqual(china);
    });
  });
});

function safeVersion(): string {
  try {
    return networkxVersion();
  } catch {
    return "missing: .ci/run installs python3-networkx";
  }
}
