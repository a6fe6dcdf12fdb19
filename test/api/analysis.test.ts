/** The analysts' GraphQL fields on the live server: read-only `cypher` and `exportSubgraph`. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_EXPORT_ELEMENTS } from "../../src/api/analysis/limits.js";
import { parseSelection } from "../../src/export/selection.js";
import { streamSubgraph } from "../../src/graph/subgraph.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { postGraphQL, startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";
import { graphCounts } from "../support/graph-counts.js";
import { readWithNetworkx } from "../support/networkx.js";

const ROOT = resolve(import.meta.dirname, "../..");
const API_KEY = "analyst-test-key";
const WITH_KEY = { "x-api-key": API_KEY };
const folder = mkdtempSync(join(tmpdir(), "trade-kg-analysis-"));
const db = openTestDatabase();
let api: Awaited<ReturnType<typeof startTestApi>>;

beforeAll(async () => {
  const path = "seeds/003_44fb831386fa0c29.txt";
  await ingestDocument(db, { bytes: readFileSync(resolve(ROOT, path)), source: path });
  // The default TRADE_KG_CYPHER=key: the cypher field needs the key.
  api = await startTestApi(db, { TRADE_KG_API_KEY: API_KEY });
});
afterAll(async () => {
  await api.close();
  await db.close();
  rmSync(folder, { recursive: true, force: true });
});

const CYPHER =
  "query ($q: String!, $p: JSONObject, $limit: Int) { cypher(query: $q, params: $p, limit: $limit) { columns rows truncated } }";

describe("cypher", () => {
  it("returns rows of a read-only query, with parameters", async () => {
    const { body } = await postGraphQL(
      api.graphqlUrl,
      CYPHER,
      {
        q: "MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.name AS name",
        p: { id: "country:CHN" },
      },
      WITH_KEY,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.cypher).toMatchObject({
      columns: ["id", "name"],
      rows: [{ id: "country:CHN" }],
      truncated: false,
    });
  });

  it.each([
    ["a write", "MATCH (n:Entity) SET n.x = 1 RETURN count(n)"],
    ["a write in a subquery", "MATCH (n:Entity) CALL (n) { DELETE n } RETURN 1"],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"],
    ["a dbms procedure", "CALL dbms.listConfig()"],
  ])("refuses %s with CYPHER_REFUSED and changes nothing", async (_, q) => {
    const before = await graphCounts(db);
    const { status, body } = await postGraphQL(api.graphqlUrl, CYPHER, { q }, WITH_KEY);
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions?.code).toBe("CYPHER_REFUSED");
    expect(await graphCounts(db)).toEqual(before);
  });

  it("refuses a row limit above 1000 with BAD_USER_INPUT naming the argument", async () => {
    const { body } = await postGraphQL(
      api.graphqlUrl,
      CYPHER,
      { q: "RETURN 1", limit: 5000 },
      WITH_KEY,
    );
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0].message).toMatch(/limit/);
  });
});

describe("cypher under TRADE_KG_CYPHER", () => {
  const nested = (levels: number) => {
    let value: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < levels; i += 1) value = { a: value };
    return value;
  };

  it("key: refuses a caller without the key, or with a wrong one, with UNAUTHENTICATED", async () => {
    for (const headers of [{}, { "x-api-key": "wrong" }] as Record<string, string>[]) {
      const { body } = await postGraphQL(api.graphqlUrl, CYPHER, { q: "RETURN 1 AS x" }, headers);
      expect(body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(body.data ?? null).toBeNull();
    }
  });

  it("key without TRADE_KG_API_KEY: the field is refused, saying why", async () => {
    const keyless = await startTestApi(db);
    try {
      const { body } = await postGraphQL(keyless.graphqlUrl, CYPHER, { q: "RETURN 1 AS x" });
      expect(body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(body.errors?.[0].message).toMatch(/TRADE_KG_API_KEY/);
    } finally {
      await keyless.close();
    }
  });

  it("off: refused with CYPHER_DISABLED, even with the key", async () => {
    const off = await startTestApi(db, { TRADE_KG_CYPHER: "off", TRADE_KG_API_KEY: API_KEY });
    try {
      const { body } = await postGraphQL(off.graphqlUrl, CYPHER, { q: "RETURN 1 AS x" }, WITH_KEY);
      expect(body.errors?.[0].extensions?.code).toBe("CYPHER_DISABLED");
    } finally {
      await off.close();
    }
  });

  it("open: runs without a key, and still refuses what is not read-only", async () => {
    const open = await startTestApi(db, { TRADE_KG_CYPHER: "open" });
    try {
      const ok = await postGraphQL(open.graphqlUrl, CYPHER, { q: "RETURN 1 AS x" });
      expect(ok.body.data?.cypher).toMatchObject({ rows: [{ x: 1 }] });
      const refused = await postGraphQL(open.graphqlUrl, CYPHER, { q: "SHOW\u001cSETTINGS" });
      expect(refused.body.errors?.[0].extensions?.code).toBe("CYPHER_REFUSED");
    } finally {
      await open.close();
    }
  });

  it("answers params nested 3,000 levels with BAD_USER_INPUT, and the database stays up", async () => {
    const { status, body } = await postGraphQL(
      api.graphqlUrl,
      CYPHER,
      { q: "RETURN $p AS p", p: { p: nested(3_000) } },
      WITH_KEY,
    );
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0].message).toMatch(/params: expected values nested at most/);
    const after = await postGraphQL(api.graphqlUrl, CYPHER, { q: "RETURN 1 AS x" }, WITH_KEY);
    expect(after.body.data?.cypher).toMatchObject({ rows: [{ x: 1 }] });
  });
});

const EXPORT =
  "query ($center: ID, $hops: Int, $view: ExportView!) { exportSubgraph(center: $center, hops: $hops, view: $view) { nodeCount edgeCount nodeLink } }";

describe("exportSubgraph", () => {
  it("returns the trade network, groups left out unless includeGroups, and mentions on request", async () => {
    const ask = async (args: string) => {
      const { body } = await postGraphQL(
        api.graphqlUrl,
        `{ exportSubgraph(${args}) { nodeCount edgeCount nodeLink } }`,
      );
      expect(body.errors).toBeUndefined();
      return body.data?.exportSubgraph as {
        nodeCount: number;
        edgeCount: number;
        nodeLink: { nodes: { group?: boolean }[]; links: { type: string }[] };
      };
    };
    const plain = await ask("view: NETWORK, edges: [TRADE]");
    const expected = await streamSubgraph(db, parseSelection({ view: "network", edges: "trade" }), {
      node: () => {},
      edge: () => {},
    });
    expect([plain.nodeCount, plain.edgeCount]).toEqual([expected.nodes, expected.edges]);
    expect(plain.nodeLink.nodes.filter((n) => n.group).length).toBe(0);
    const withGroups = await ask("view: NETWORK, edges: [TRADE], includeGroups: true");
    expect(withGroups.nodeLink.nodes.filter((n) => n.group).length).toBe(
      withGroups.nodeCount - plain.nodeCount,
    );
    expect(withGroups.nodeCount).toBeGreaterThan(plain.nodeCount);
    const mentions = await ask("view: ENTITIES, edges: [MENTIONS], types: [COUNTRY]");
    expect(mentions.edgeCount).toBeGreaterThan(0);
    expect(new Set(mentions.nodeLink.links.map((l) => l.type))).toEqual(new Set(["MENTIONS"]));
  });

  it("returns a centre's neighbourhood as node-link JSON that networkx reads", async () => {
    const { body } = await postGraphQL(api.graphqlUrl, EXPORT, {
      center: "country:CHN",
      hops: 1,
      view: "ENTITIES",
    });
    expect(body.errors).toBeUndefined();
    const result = body.data?.exportSubgraph as {
      nodeCount: number;
      edgeCount: number;
      nodeLink: unknown;
    };
    const expected = await streamSubgraph(
      db,
      parseSelection({ center: "country:CHN", hops: 1, view: "entities" }),
      { node: () => {}, edge: () => {} },
    );
    expect([result.nodeCount, result.edgeCount]).toEqual([expected.nodes, expected.edges]);
    const path = join(folder, "centre.json");
    writeFileSync(path, JSON.stringify(result.nodeLink));
    const read = readWithNetworkx("json", path);
    expect([read.nodes, read.edges]).toEqual([expected.nodes, expected.edges]);
  });

  it("answers bad selections with clear codes", async () => {
    const hops = await postGraphQL(api.graphqlUrl, EXPORT, {
      center: "country:CHN",
      hops: 4,
      view: "FACTS",
    });
    expect(hops.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await postGraphQL(api.graphqlUrl, EXPORT, {
      center: "country:ZZZ",
      view: "FACTS",
    });
    expect(unknown.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it(`refuses a selection past ${MAX_EXPORT_ELEMENTS} nodes and edges, pointing at GET /export`, async () => {
    await db.write(
      "UNWIND range(0, $n) AS i CREATE (:Entity:Country {id: 'country:ZZ' + i, type: 'Country', name: 'Bulk ' + i})",
      { n: MAX_EXPORT_ELEMENTS },
    );
    try {
      const { body } = await postGraphQL(
        api.graphqlUrl,
        "{ exportSubgraph(types: [COUNTRY], view: ENTITIES) { nodeCount } }",
      );
      expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0].message).toMatch(/more than 5000 nodes and edges.*GET \/export/);
    } finally {
      await db.write(
        "MATCH (n:Country) WHERE n.id STARTS WITH 'country:ZZ' AND n.name STARTS WITH 'Bulk ' DELETE n",
      );
    }
  });
});
