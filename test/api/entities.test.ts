import { describe, expect, it } from "vitest";
import type { Data } from "../support/api.js";
import { queryData } from "../support/api.js";
import { useSeededApi } from "../support/seeded-api.js";
import { AGENCY, LONER, PARTNERS, REPORTER, WIDGETS } from "../support/tiny-graph.js";

interface Connection<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  totalCount?: number;
}

describe("entity queries", () => {
  const seeded = useSeededApi();
  const { db } = seeded;

  it("returns one entity by id with its concrete type, and null for an unknown id", async () => {
    const data = await queryData<{ entity: Record<string, unknown>; none: null }>(
      seeded.api.graphqlUrl,
      `{ entity(id: "country:CHN") { __typename id type name aliases iso3 }
         none: entity(id: "country:ZZZ") { id } }`,
    );
    const stored = await db.read("MATCH (e:Entity {id: 'country:CHN'}) RETURN e {.*} AS e");
    const e = stored.records[0].get("e");
    expect(data.entity).toEqual({
      __typename: "Country",
      id: "country:CHN",
      type: "COUNTRY",
      name: e.name,
      aliases: e.aliases,
      iso3: e.iso3 ?? null,
    });
    expect(data.none).toBeNull();
  });

  it("lists entities of a type in id order, as the database holds them", async () => {
    const data = await queryData<{ entities: Connection<{ id: string }> }>(
      seeded.api.graphqlUrl,
      `{ entities(filter: { types: [REGION, ZONE] }, first: 100) { totalCount edges { node { id } } } }`,
    );
    const stored = await db.read(
      "MATCH (e:Entity) WHERE e.type IN ['Region', 'Zone'] RETURN e.id AS id ORDER BY id",
    );
    const ids = stored.records.map((r) => r.get("id"));
    expect(data.entities.totalCount).toBe(ids.length);
    expect(data.entities.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 100));
  });

  it("filters by kind and by a name fragment of the name or an alias, in any case", async () => {
    const data = await queryData<{
      byKind: Connection<{ id: string }>;
      byName: Connection<{ id: string }>;
    }>(
      seeded.api.graphqlUrl,
      `{ byKind: entities(filter: { kind: "TEST_BLOC" }) { totalCount edges { node { id } } }
         byName: entities(filter: { name: "zedwidg" }) { edges { node { id } } } }`,
    );
    expect(data.byKind.edges.map((e) => e.node.id)).toEqual([...PARTNERS, LONER].sort());
    expect(data.byKind.totalCount).toBe(6);
    expect(data.byName.edges.map((e) => e.node.id)).toEqual([WIDGETS]);
  });

  it("pages with keyset cursors: pages join up to the whole list, with no repeats", async () => {
    const query = `query($after: String) { entities(filter: { kind: "TEST_BLOC" }, first: 4, after: $after) {
      edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const first = await queryData<{ entities: Connection<{ id: string }> }>(
      seeded.api.graphqlUrl,
      query,
    );
    expect(first.entities.edges).toHaveLength(4);
    expect(first.entities.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await queryData<{ entities: Connection<{ id: string }> }>(
      seeded.api.graphqlUrl,
      query,
      {
        after: first.entities.pageInfo.endCursor,
      },
    );
    expect(second.entities.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const all = [...first.entities.edges, ...second.entities.edges].map((e) => e.node.id);
    expect(all).toEqual([...PARTNERS, LONER].sort());
  });

  it("finds entities by full-text search over names and aliases, with prefixes, most relevant first", async () => {
    const data = await queryData<{
      search: { totalCount: number; edges: { score: number; node: { id: string } }[] };
    }>(
      seeded.api.graphqlUrl,
      `{ search(text: "Zed Customs") { totalCount edges { score node { id name } } } }`,
    );
    expect(data.search.edges[0].node.id).toBe(AGENCY);
    expect(data.search.totalCount).toBe(data.search.edges.length);
    const scores = data.search.edges.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    const prefix = await queryData<{ search: Connection<{ id: string }> }>(
      seeded.api.graphqlUrl,
      `{ search(text: "zedla", types: [COUNTRY]) { edges { node { id } } } }`,
    );
    expect(prefix.search.edges.map((e) => e.node.id)).toEqual([REPORTER]);
  });

  it("searches the seeded graph as the full-text index does, and pages through the hits", async () => {
    const direct = await db.read(
      "CALL db.index.fulltext.queryNodes('entity_names', '(customs OR customs*)') YIELD node RETURN count(node) AS n",
    );
    const total = Number(direct.records[0].get("n"));
    expect(total).toBeGreaterThan(1);
    const query = `query($after: String) { search(text: "customs", first: 1, after: $after) {
      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < total + 1; i++) {
      const page: { search: Connection<{ id: string }> } = await queryData(
        seeded.api.graphqlUrl,
        query,
        {
          after,
        },
      );
      expect(page.search.totalCount).toBe(total);
      seen.push(...page.search.edges.map((e) => e.node.id));
      if (!page.search.pageInfo.hasNextPage) break;
      after = page.search.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("survives search text full of Lucene operators", async () => {
    const data = await queryData<{ search: Connection<{ id: string }> }>(
      seeded.api.graphqlUrl,
      `{ search(text: "zed* AND (customs) OR ~\\\\ :") { edges { node { id } } } }`,
    );
    expect(Array.isArray(data.search.edges)).toBe(true);
  });

  it("gives every entity its facts as reporter, partner and commodity, links both ways and documents", async () => {
    const data = await queryData<{ reporter: Data; partner: Data; widgets: Data; agency: Data }>(
      seeded.api.graphqlUrl,
      `{ reporter: entity(id: "${REPORTER}") { tradeFactsAsReporter(first: 100) { totalCount } documents { edges { node { id title } } } }
         partner: entity(id: "${PARTNERS[0]}") { tradeFactsAsPartner { totalCount edges { node { id } } } policyLinksIn { edges { node { predicate subject { id } } } } }
         widgets: entity(id: "${WIDGETS}") { tradeFactsAsCommodity { totalCount } }
         agency: entity(id: "${AGENCY}") { policyLinksOut { totalCount edges { node { predicate object { id } } } }
                                           issued: policyLinksOut(predicates: [ISSUED]) { totalCount } } }`,
    );
    expect(data.reporter.tradeFactsAsReporter.totalCount).toBe(9);
    expect(data.reporter.documents.edges).toEqual([
      { node: { id: "doc:00000000000000a1", title: "Zedland test briefing" } },
    ]);
    expect(data.partner.tradeFactsAsPartner).toEqual({
      totalCount: 1,
      edges: [{ node: { id: "tf:zz00000000000001" } }],
    });
    expect(data.partner.policyLinksIn.edges).toEqual([
      { node: { predicate: "PART_OF", subject: { id: "zone:zz-zone" } } },
    ]);
    expect(data.widgets.tradeFactsAsCommodity.totalCount).toBe(1);
    expect(data.agency.policyLinksOut.totalCount).toBe(2);
    expect(data.agency.issued.totalCount).toBe(1);
  });

  it("pages an entity's nested facts with their own cursors", async () => {
    const query = `query($after: String) { entity(id: "${REPORTER}") {
      tradeFactsAsReporter(first: 4, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const data: Data = await queryData(seeded.api.graphqlUrl, query, { after });
      const page = data.entity.tradeFactsAsReporter;
      ids.push(...page.edges.map((e: Data) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const stored = await db.read(
      "MATCH (f:TradeFact)-[:REPORTER]->(:Entity {id: $id}) RETURN f.id AS id ORDER BY id",
      { id: REPORTER },
    );
    expect(ids).toEqual(stored.records.map((r) => r.get("id")));
  });
});
