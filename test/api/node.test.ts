/**
 * The Node interface and node(id), on the real server over the seeded graph: an entity, a
 * document and a trade fact, each found by a list, come back from node(id) as the same object
 * of the same type; an id of no known kind or of nothing stored is null; every type that has an
 * id a client refetches implements Node.
 */
import { describe, expect, it } from "vitest";
import { buildApiSchema } from "../../src/api/schema.js";
import { type Data, queryData } from "../support/api.js";
import { useSeededApi } from "../support/seeded-api.js";

const NODE = `query($id: ID!) { node(id: $id) { __typename id
  ... on Entity { name } ... on Document { source } ... on TradeFact { flow } } }`;

describe("node(id)", () => {
  const seeded = useSeededApi();

  it("refetches an entity, a document and a trade fact by the id a list gave", async () => {
    const lists: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ entities(first: 1) { edges { node { __typename id name } } }
         documents(first: 1) { edges { node { __typename id source } } }
         tradeFacts(first: 1) { edges { node { __typename id flow } } } }`,
    );
    const found = [lists.entities, lists.documents, lists.tradeFacts].map((c) => c.edges[0].node);
    expect(found.map((n: Data) => n.__typename)).toEqual([
      expect.any(String),
      "Document",
      "TradeFact",
    ]);
    for (const expected of found) {
      const data: Data = await queryData(seeded.api.graphqlUrl, NODE, { id: expected.id });
      expect(data.node).toEqual(expected);
    }
  });

  it.each(["country:ZZZ", "doc:0000000000000000", "tf:0000000000000000", "no-kind"])(
    "is null for %s",
    async (id) => {
      const data: Data = await queryData(seeded.api.graphqlUrl, NODE, { id });
      expect(data.node).toBeNull();
    },
  );

  it("is implemented by the entity types, Document and TradeFact", async () => {
    const schema = await buildApiSchema();
    const node = schema.getType("Node");
    expect(node).toBeDefined();
    const implementations = schema.getImplementations(node as never);
    expect(implementations.objects.map((t) => t.name).sort()).toEqual([
      "Agency",
      "Commodity",
      "Country",
      "Document",
      "Measure",
      "Region",
      "TradeFact",
      "Zone",
    ]);
    expect(implementations.interfaces.map((t) => t.name)).toEqual(["Entity"]);
  });
});
