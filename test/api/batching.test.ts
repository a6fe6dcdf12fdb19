/**
 * Round trips: the statement counter (debug header) shows that a nested query costs one
 * statement per level however many rows each level holds, because every nested field goes
 * through the request's DataLoaders. (The server's depth limit, src/api/plugins/limits.ts,
 * counts `edges` and `node` as levels, which bounds how deep these queries can go.)
 */
import { graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { createContext } from "../../src/api/context.js";
import { buildApiSchema } from "../../src/api/schema.js";
import { loadConfig } from "../../src/config/config.js";
import { readSnapshotId } from "../../src/graph/snapshot.js";
import { postGraphQL, queryCounted } from "../support/api.js";
import { useSeededApi } from "../support/seeded-api.js";
import { REPORTER, TINY_DOC_ID } from "../support/tiny-graph.js";

function count(value: unknown, key: string): number {
  if (Array.isArray(value)) return value.reduce((n, v) => n + count(v, key), 0);
  if (value && typeof value === "object") {
    return Object.entries(value).reduce((n, [k, v]) => n + (k === key ? 1 : 0) + count(v, key), 0);
  }
  return 0;
}

describe("batched nested resolvers", () => {
  const seeded = useSeededApi();
  const { db } = seeded;

  it("runs a depth-3 query (entity → its facts → their partners) in 3 statements for 1 or 100 facts", async () => {
    const query = (id: string, first: number) =>
      `{ entity(id: "${id}") { tradeFactsAsReporter(first: ${first}) { edges { node { partner { name } } } } } }`;
    const small = await queryCounted(seeded.api.graphqlUrl, query(REPORTER, 1));
    const large = await queryCounted(seeded.api.graphqlUrl, query("country:CHN", 100));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(count(small.data, "partner")).toBe(1);
    const partners = await db.read(
      `MATCH (:Entity {id: 'country:CHN'})<-[:REPORTER]-(f:TradeFact)-[:PARTNER]->(p)
       RETURN count(DISTINCT p) AS n`,
    );
    // the large query really fans out to many facts and several partners
    expect(count(large.data, "partner")).toBeGreaterThan(20);
    expect(Number(partners.records[0].get("n"))).toBeGreaterThan(1);
    expect(small.statements).toBe(3);
    expect(large.statements).toBe(3);
  });

  it("runs a depth-2 list query (entities → their facts' counts) in 2 statements for 1 or 100 entities", async () => {
    // nested pages of one row: the server's cost limit multiplies nested page sizes; what
    // batching is about is the number of parents, here up to 100
    const query = (first: number) =>
      `{ entities(first: ${first}) { edges { node { tradeFactsAsPartner(first: 1) { totalCount } } } } }`;
    const small = await queryCounted(seeded.api.graphqlUrl, query(1));
    const large = await queryCounted(seeded.api.graphqlUrl, query(100));
    expect(large.errors).toBeUndefined();
    expect(count(large.data, "tradeFactsAsPartner")).toBe(100);
    // the list, then the nested counts (no nested page: only totalCount is selected)
    expect(small.statements).toBe(2);
    expect(large.statements).toBe(2);
  });

  it("runs a depth-3 query (document → mentions → their links' counts) in 3 statements", async () => {
    const seed = await db.read(
      "MATCH (d:Document) WHERE d.id <> $tiny RETURN d.id AS id ORDER BY id LIMIT 1",
      { tiny: TINY_DOC_ID },
    );
    const query = `{ document(id: "${seed.records[0].get("id")}") { entities(first: 100) {
      edges { node { policyLinksOut(first: 1) { totalCount } } } } } }`;
    const result = await queryCounted(seeded.api.graphqlUrl, query);
    expect(result.errors).toBeUndefined();
    expect(count(result.data, "policyLinksOut")).toBeGreaterThan(50);
    // the document, its mentions page, the counts of every mentioned entity's links
    expect(result.statements).toBe(3);
  });

  it("batches sibling fields of one kind into one statement per level", async () => {
    // reporter, partner and commodity of every fact share the entity loader; the quote comes
    // with the fact itself
    const query = `{ tradeFacts(first: 100) { edges { node { quote
        reporter { name } partner { name } commodity { name } } } } }`;
    const result = await queryCounted(seeded.api.graphqlUrl, query);
    expect(result.errors).toBeUndefined();
    expect(count(result.data, "reporter")).toBeGreaterThan(50);
    expect(result.statements).toBe(2);
  });

  it("checks a filter's entity ids by the rows it finds: one statement, and NOT_FOUND when an id names nothing", async () => {
    // the list matches the reporter node itself, so a row proves it exists; only an empty
    // answer costs the check (through the entity loader)
    const query = (reporter: string) =>
      `{ tradeFacts(filter: {reporter: "${reporter}"}, first: 5) { edges { node { id } } } }`;
    const found = await queryCounted(seeded.api.graphqlUrl, query("country:CHN"));
    expect(found.errors).toBeUndefined();
    expect(count(found.data, "id")).toBe(5);
    expect(found.statements).toBe(1);
    const unknown = await queryCounted(seeded.api.graphqlUrl, query("country:ZZX"));
    expect(JSON.stringify(unknown.errors)).toContain("NOT_FOUND");
    expect(unknown.statements).toBe(2);
  });

  it("names the snapshot it answered from, read in the request's transaction and not counted", async () => {
    const { body } = await postGraphQL(
      seeded.api.graphqlUrl,
      "{ entities(first: 3) { edges { node { id } } } }",
      undefined,
      { "x-trade-kg-debug": "1" },
    );
    expect(body.extensions?.snapshot).toBe(await readSnapshotId(db));
    expect(body.extensions?.statements).toBe(1);
  });

  it("counts totals only when asked, with one count statement per list", async () => {
    const without = await queryCounted(
      seeded.api.graphqlUrl,
      "{ entities(first: 50) { edges { node { id } } } }",
    );
    expect(without.statements).toBe(1);
    const withTotal = await queryCounted(
      seeded.api.graphqlUrl,
      "{ entities(first: 50) { totalCount edges { node { id } } } }",
    );
    expect(withTotal.errors).toBeUndefined();
    expect(withTotal.statements).toBe(2);
    const onlyTotal = await queryCounted(seeded.api.graphqlUrl, "{ entities { totalCount } }");
    expect(onlyTotal.data).toEqual({ entities: { totalCount: expect.any(Number) } });
    expect(onlyTotal.statements).toBe(1);
  });

  it("runs a depth-6 query in 6 statements for pages of 1 or 100 rows (executed past the HTTP limits)", async () => {
    // The server's depth and cost limits refuse this query over HTTP; executing it on the
    // schema directly shows what batching alone costs: one statement per resolver level.
    const schema = await buildApiSchema();
    const run = async (first: number) => {
      const context = createContext(db, loadConfig({}), { get: () => undefined });
      const result = await graphql({
        schema,
        contextValue: context,
        source: `{ entities(first: ${first}, filter: { types: [COUNTRY] }) { edges { node {
          tradeFactsAsReporter(first: ${first}) { edges { node {
            partner { policyLinksIn(first: ${first}) { edges { node {
              subject { documents(first: ${first}) { edges { node { title } } } } } } } } } } } } } } }`,
      });
      expect(result.errors).toBeUndefined();
      return { data: result.data, statements: context.counter.statements };
    };
    const large = await run(100);
    // every level is reached: facts, partners, links into them (Zedland's blocs have some),
    // the links' subjects, their documents
    expect(count(large.data, "title")).toBeGreaterThanOrEqual(2);
    expect(count(large.data, "partner")).toBeGreaterThan(50);
    expect(large.statements).toBe(6);
    const small = await run(1);
    expect(small.statements).toBeLessThanOrEqual(6);
  });
});
