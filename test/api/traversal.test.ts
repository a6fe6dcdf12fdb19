import { describe, expect, it } from "vitest";
import type { Data } from "../support/api.js";
import { postGraphQL, queryData } from "../support/api.js";
import { useSeededApi } from "../support/seeded-api.js";
import { AGENCY, LONER, MEASURE, PARTNERS, TINY_DOC_ID, ZONE } from "../support/tiny-graph.js";

describe("policy links, neighbourhoods and paths", () => {
  const seeded = useSeededApi();
  const { db } = seeded;

  it("lists policy links by entity, predicate and document, with their entities, document and quote", async () => {
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ policyLinks(filter: { entity: "${AGENCY}" }) { totalCount edges { node {
          id predicate quote subject { id } object { id } document { id } evidence { quote start end document { id } } } } }
         issued: policyLinks(filter: { subject: "${AGENCY}", predicates: [ISSUED], document: "${TINY_DOC_ID}" }) { edges { node { object { id } } } }
         into: policyLinks(filter: { object: "${ZONE}" }) { edges { node { subject { id } } } } }`,
    );
    expect(data.policyLinks.totalCount).toBe(2);
    expect(data.policyLinks.edges[0].node).toEqual({
      id: "pf:zz00000000000001",
      predicate: "ISSUED",
      quote: `${AGENCY} ISSUED ${MEASURE}`,
      subject: { id: AGENCY },
      object: { id: MEASURE },
      document: { id: TINY_DOC_ID },
      evidence: {
        quote: `${AGENCY} ISSUED ${MEASURE}`,
        start: 0,
        end: 10,
        document: { id: TINY_DOC_ID },
      },
    });
    expect(data.issued.edges).toEqual([{ node: { object: { id: MEASURE } } }]);
    expect(data.into.edges).toEqual([{ node: { subject: { id: MEASURE } } }]);
  });

  it("lists a seed document's links as the database stores them, page after page", async () => {
    const docId = seeded.seedIds[0];
    const stored = await db.read(
      "MATCH (:Entity)-[r]->(:Entity) WHERE r.documentId = $doc RETURN r.id AS id ORDER BY id",
      { doc: docId },
    );
    const query = `query($after: String) { policyLinks(filter: { document: "${docId}" }, first: 25, after: $after) {
      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const data: Data = await queryData(seeded.api.graphqlUrl, query, { after });
      expect(data.policyLinks.totalCount).toBe(stored.records.length);
      ids.push(...data.policyLinks.edges.map((e: Data) => e.node.id));
      if (!data.policyLinks.pageInfo.hasNextPage) break;
      after = data.policyLinks.pageInfo.endCursor;
    }
    expect(ids).toEqual(stored.records.map((r) => r.get("id")));
  });

  it("gives the neighbourhood within a number of hops, with distances and type filters", async () => {
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ one: neighborhood(id: "${AGENCY}", hops: 1) { totalCount edges { distance node { id } } }
         three: neighborhood(id: "${AGENCY}", hops: 3) { totalCount edges { distance node { id } } }
         regions: neighborhood(id: "${AGENCY}", hops: 3, types: [REGION]) { edges { node { id } } }
         lonely: neighborhood(id: "${LONER}", hops: 3) { totalCount edges { node { id } } } }`,
    );
    const pairs = (c: Data) => c.edges.map((e: Data) => [e.node.id, e.distance]);
    expect(pairs(data.one)).toEqual(
      [
        [MEASURE, 1],
        [PARTNERS[1], 1],
      ].sort(),
    );
    expect(data.one.totalCount).toBe(2);
    expect(pairs(data.three)).toEqual(
      [
        [MEASURE, 1],
        [PARTNERS[1], 1],
        [ZONE, 2],
        [PARTNERS[0], 3],
      ].sort(),
    );
    expect(data.regions.edges.map((e: Data) => e.node.id)).toEqual([PARTNERS[0], PARTNERS[1]]);
    expect(data.lonely).toEqual({ totalCount: 0, edges: [] });
  });

  it("matches the seeded graph's two-hop neighbourhood computed in Cypher", async () => {
    const stored = await db.read(
      `MATCH (:Entity {id: 'agency:gacc'})-[:ISSUED|IMPLEMENTS|APPLIES_TO|COOPERATES_WITH|PART_OF|SUPPORTS*1..2]-(e:Entity)
       WHERE e.id <> 'agency:gacc' RETURN count(DISTINCT e) AS n`,
    );
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ neighborhood(id: "agency:gacc", hops: 2, first: 5) { totalCount edges { node { id } } } }`,
    );
    expect(data.neighborhood.totalCount).toBe(Number(stored.records[0].get("n")));
  });

  it("finds a shortest path of links in either direction, and null when none is short enough", async () => {
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ path(from: "${PARTNERS[0]}", to: "${PARTNERS[1]}", maxHops: 5) { length entities { id } links { predicate subject { id } object { id } } }
         short: path(from: "${PARTNERS[0]}", to: "${PARTNERS[1]}", maxHops: 2) { length }
         none: path(from: "${LONER}", to: "${AGENCY}") { length } }`,
    );
    expect(data.path.length).toBe(4);
    expect(data.path.entities.map((e: Data) => e.id)).toEqual([
      PARTNERS[0],
      ZONE,
      MEASURE,
      AGENCY,
      PARTNERS[1],
    ]);
    expect(data.path.links[0]).toEqual({
      predicate: "PART_OF",
      subject: { id: ZONE },
      object: { id: PARTNERS[0] },
    });
    expect(data.short).toBeNull();
    expect(data.none).toBeNull();
  });

  it("answers NOT_FOUND for a traversal from an entity that does not exist", async () => {
    const { body } = await postGraphQL(
      seeded.api.graphqlUrl,
      `{ neighborhood(id: "country:ZZX") { totalCount } }`,
    );
    expect(body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(body.errors?.[0].message).toMatch(/country:ZZX/);
    const path = await postGraphQL(
      seeded.api.graphqlUrl,
      `{ path(from: "country:ZZX", to: "${AGENCY}") { length } }`,
    );
    expect(path.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});
