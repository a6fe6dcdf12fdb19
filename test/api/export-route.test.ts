/** GET /export on the live server: streamed formats, read back, and clear errors before any byte. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSelection } from "../../src/export/selection.js";
import { streamSubgraph } from "../../src/graph/subgraph.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";
import { readWithNetworkx } from "../support/networkx.js";

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
    expect(response.headers.get("content-disposition")).toMatch(/trade-kg\.json/);
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
    ["format=csv", 400, "BAD_USER_INPUT", /several files/],
    ["format=xlsx", 400, "BAD_USER_INPUT", /format: expected json, graphml, csv, cypher/],
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
