/**
 * Cursors bound to their list, on the real server over the seeded graph: a cursor pages on
 * only the list it came from (same field, arguments and parent); one from another list, from
 * the same field with other arguments, or from another entity's nested list is BAD_USER_INPUT
 * naming `after`, before any row is read; and following cursors still walks a list exactly once.
 */
import { describe, expect, it } from "vitest";
import { type Data, postGraphQL, queryData } from "../support/api.js";
import { useSeededApi } from "../support/seeded-api.js";

const ENTITIES = `query($after: String) { entities(first: 3, after: $after) {
  edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }`;
const FACTS = `query($after: String, $flows: [Flow!]) { tradeFacts(first: 3, after: $after, filter: { flows: $flows }) {
  edges { node { id } } pageInfo { endCursor hasNextPage } } }`;

async function refusal(url: string, query: string, variables: Record<string, unknown>) {
  const { status, body } = await postGraphQL(url, query, variables);
  return { status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
}

describe("cursors bound to their list", () => {
  const seeded = useSeededApi();

  it("pages a list with its own cursors, each row once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const data: Data = await queryData(seeded.api.graphqlUrl, FACTS, {
        after,
        flows: ["EXPORT"],
      });
      seen.push(...data.tradeFacts.edges.map((e: Data) => e.node.id));
      if (!data.tradeFacts.pageInfo.hasNextPage) break;
      after = data.tradeFacts.pageInfo.endCursor;
    }
    const total: Data = await queryData(
      seeded.api.graphqlUrl,
      "{ tradeFacts(filter: { flows: [EXPORT] }) { totalCount } }",
    );
    expect(seen.length).toBe(total.tradeFacts.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(3);
  });

  it("refuses a cursor of entities given to tradeFacts", async () => {
    const data: Data = await queryData(seeded.api.graphqlUrl, ENTITIES, { after: null });
    const foreign = data.entities.edges[0].cursor;
    const answer = await refusal(seeded.api.graphqlUrl, FACTS, { after: foreign, flows: null });
    expect(answer.code).toBe("BAD_USER_INPUT");
    expect(answer.message).toMatch(/^after: not a cursor of this list/);
  });

  it("refuses a cursor of the same field asked with other arguments", async () => {
    const data: Data = await queryData(seeded.api.graphqlUrl, FACTS, {
      after: null,
      flows: ["EXPORT"],
    });
    const answer = await refusal(seeded.api.graphqlUrl, FACTS, {
      after: data.tradeFacts.pageInfo.endCursor,
      flows: ["IMPORT"],
    });
    expect(answer.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a nested list's cursor under another parent", async () => {
    const nested = (id: string) => `query($after: String) { entity(id: "${id}") {
      documents(first: 1, after: $after) { pageInfo { endCursor } } } }`;
    const china: Data = await queryData(seeded.api.graphqlUrl, nested("country:CHN"), {
      after: null,
    });
    const cursor = china.entity.documents.pageInfo.endCursor;
    expect(typeof cursor).toBe("string");
    const own = await postGraphQL(seeded.api.graphqlUrl, nested("country:CHN"), { after: cursor });
    expect(own.body.errors).toBeUndefined();
    const answer = await refusal(seeded.api.graphqlUrl, nested("country:USA"), { after: cursor });
    expect(answer.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a bare keyset cursor without its list's tag", async () => {
    const data: Data = await queryData(seeded.api.graphqlUrl, ENTITIES, { after: null });
    const bare = data.entities.pageInfo.endCursor.split(".")[0];
    const answer = await refusal(seeded.api.graphqlUrl, ENTITIES, { after: bare });
    expect(answer.code).toBe("BAD_USER_INPUT");
  });
});
