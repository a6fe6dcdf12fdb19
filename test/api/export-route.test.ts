/** GET /export on the live server: streamed formats, read back, and clear errors before any byte. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSelection } from "../../src/export/selection.js";
import { deleteStoredDocument } from "../../src/graph/documents.js";
import { readSnapshotId } from "../../src/graph/snapshot.js";
import { streamSubgraph } from "../../src/graph/subgraph.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { postGraphQL, startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";
import { DEBIAN_PYTHON, readWithNetworkx } from "../support/networkx.js";
import { readWithPandas } from "../support/tidy-readers.js";

const ROOT = resolve(import.meta.dirname, "../..");
const folder = mkdtempSync(join(tmpdir(), "trade-kg-export-route-"));
const db = openTestDatabase();
let api: Awaited<ReturnType<typeof startTestApi>>;

beforeAll(async () => {
  for (const path of ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"]) {
    await ingestDocument(db, { bytes: readFileSync(resolve(ROOT, path)), source: path });
  }
  api = await startTestApi(db);
});
afterAll(async () => {
  await api.close();
  await db.close();
  rmSync(folder, { recursive: true, force: true });
});

async function countOf(raw: Parameters<typeof parseSelection>[0]) {
  return streamSubgraph(db, parseSelection(raw), { node: () => {}, edge: () => {} });
}

describe("GET /export", () => {
  it("streams node-link JSON of a centre's neighbourhood that networkx reads whole", async () => {
    const response = await fetch(
      `${api.url}/export?format=json&center=country:CHN&hops=1&view=entities`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toMatch(/trade-kg-snap-[0-9a-f]{16}\.json/);
    const path = join(folder, "centre.json");
    writeFileSync(path, await response.text());
    const read = readWithNetworkx("json", path);
    const expected = await countOf({ center: "country:CHN", hops: 1, view: "entities" });
    expect([read.nodes, read.edges]).toEqual([expected.nodes, expected.edges]);
    expect(read.nodes).toBeGreaterThan(1);
  });

  it("streams GraphML of the whole graph", async () => {
    const response = await fetch(`${api.url}/export?format=graphml`);
    expect(response.status).toBe(200);
    const path = join(folder, "all.graphml");
    writeFileSync(path, await response.text());
    const read = readWithNetworkx("graphml", path);
    const expected = await countOf({});
    expect([read.nodes, read.edges]).toEqual([expected.nodes, expected.edges]);
  });

  it("sends the tidy tables as one zip named after the snapshot, which pandas reads", async () => {
    const response = await fetch(`${api.url}/export?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const snapshot = await readSnapshotId(db);
    expect(response.headers.get("etag")).toBe(`"${snapshot}"`);
    expect(response.headers.get("content-disposition")).toContain(`trade-kg-${snapshot}.zip`);
    const path = join(folder, "tables.zip");
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    const expected = await streamSubgraph(db, parseSelection({ view: "entities" }), {
      node: () => {},
      edge: () => {},
      fact: () => {},
    });
    const tables = readWithPandas(path);
    expect(tables["nodes.csv"].rows).toBe(expected.nodes);
    expect(tables["edges.csv"].rows).toBe(expected.edges);
    expect(tables["facts.csv"].rows).toBe(expected.facts);
    expect(expected.facts).toBeGreaterThan(0);
  });

  it("sends the tidy tables as Parquet in a zip", async () => {
    const response = await fetch(`${api.url}/export?format=parquet&edges=trade`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/trade-kg-snap-[0-9a-f]{16}\.zip/);
    const path = join(folder, "tables-parquet.zip");
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    const listing = execFileSync(
      DEBIAN_PYTHON,
      ["-c", "import sys, zipfile; print(' '.join(zipfile.ZipFile(sys.argv[1]).namelist()))", path],
      { encoding: "utf8" },
    ).trim();
    expect(listing).toBe(
      "trade-kg/nodes.parquet trade-kg/edges.parquet trade-kg/facts.parquet trade-kg/metadata.json",
    );
  });

  it("answers If-None-Match with the current snapshot 304, and 200 once the graph changed", async () => {
    const first = await fetch(`${api.url}/export?format=json&edges=policy`);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"snap-[0-9a-f]{16}"$/);
    expect(((await first.json()) as { graph: { snapshot: string } }).graph.snapshot).toBe(
      etag.slice(1, -1),
    );
    const again = await fetch(`${api.url}/export?format=json&edges=policy`, {
      headers: { "if-none-match": `W/"snap-0000000000000000", ${etag}` },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");

    const added = await ingestDocument(db, {
      bytes: Buffer.from(
        "China's exports to Chile rose 12 percent in 2023, customs data showed.\n",
      ),
      source: "test/snapshot-change.txt",
    });
    try {
      const changed = await fetch(`${api.url}/export?format=json&edges=policy`, {
        headers: { "if-none-match": etag },
      });
      expect(changed.status).toBe(200);
      expect(changed.headers.get("etag")).not.toBe(etag);
      await changed.text();
    } finally {
      await deleteStoredDocument(db, added.documentId);
    }
    const restored = await fetch(`${api.url}/export?format=json&edges=policy`, {
      headers: { "if-none-match": etag },
    });
    expect(restored.status).toBe(304);
  });

  it("names the same snapshot in GraphQL responses' extensions as in the export's ETag", async () => {
    const exported = await fetch(`${api.url}/export?format=json&edges=policy`);
    await exported.text();
    const { body } = await postGraphQL(api.graphqlUrl, "{ health { ok } }");
    expect(body.extensions?.snapshot).toBe(exported.headers.get("etag")?.slice(1, -1));
    const refused = await postGraphQL(api.graphqlUrl, "{ noSuchField }");
    expect(refused.body.extensions?.snapshot).toBeUndefined();
  });

  it.each([
    ["center=country:ZZZ", 404, "NOT_FOUND", /no entity with id "country:ZZZ"/],
    ["document=doc:0000000000000000", 404, "NOT_FOUND", /no document/],
    [
      "center=country:CHN&hops=9",
      400,
      "BAD_USER_INPUT",
      /hops: expected an integer from 0 to 3, got "9"/,
    ],
    ["from=2021-07&to=2021-06", 400, "BAD_USER_INPUT", /is empty/],
    ["period=2021-07/2021-06", 400, "BAD_USER_INPUT", /period 2021-07\/2021-06 is empty/],
    ["format=neo4j-csv", 400, "BAD_USER_INPUT", /neo4j-admin import/],
    [
      "format=xlsx",
      400,
      "BAD_USER_INPUT",
      /format: expected json, graphml, csv, parquet, neo4j-csv, cypher/,
    ],
  ])("answers ?%s with %i %s as JSON", async (query, status, code, message) => {
    const response = await fetch(`${api.url}/export?${query}`);
    expect(response.status).toBe(status);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).toMatch(message);
  });
});
