/**
 * Every argument is a class-validator class: a malformed id, period, page size or hop count
 * comes back as BAD_USER_INPUT naming the argument, before any database statement runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";
import { REPORTER, writeTinyGraph } from "../support/tiny-graph.js";

const KEY = "validation-test-key";

const CASES: [string, string, RegExp, number?][] = [
  ["an empty entity reference", `{ entity(id: "") { id } }`, /^Invalid argument: id: .*entity id/],
  [
    "an entity reference longer than any name",
    `{ neighborhood(id: "${"x".repeat(201)}") { totalCount } }`,
    /id: /,
  ],
  [
    "a page larger than 100",
    `{ entities(first: 101) { totalCount } }`,
    /first: first must not be greater than 100/,
  ],
  ["a page of zero rows", `{ documents(first: 0) { totalCount } }`, /first: /],
  [
    "a nested page larger than 100",
    `{ entity(id: "${REPORTER}") { tradeFactsAsReporter(first: 500) { totalCount } } }`,
    /first: /,
    1,
  ],
  ["a malformed cursor", `{ entities(after: "not a cursor!") { totalCount } }`, /after: /],
  [
    "a cursor of another list's shape",
    `{ tradeFacts(after: "WyJhIl0", orderBy: { field: VALUE }) { totalCount } }`,
    /after: /,
  ],
  [
    "a month 13",
    `{ tradeFacts(filter: { periodFrom: "2021-13" }) { totalCount } }`,
    /filter\.periodFrom: .*YYYY-MM/,
  ],
  [
    "a period range that ends before it starts",
    `{ tradeFacts(filter: { periodFrom: "2021-06", periodTo: "2021-01" }) { totalCount } }`,
    /filter\.periodTo/,
  ],
  [
    "a negative value bound",
    `{ tradeFacts(filter: { valueMin: -1 }) { totalCount } }`,
    /filter\.valueMin: /,
  ],
  [
    "a malformed document id in a filter",
    `{ tradeFacts(filter: { document: "doc:XYZ" }) { totalCount } }`,
    /filter\.document: .*document id/,
  ],
  [
    "a malformed reporter of a series",
    `{ timeSeries(reporter: "", flow: TOTAL) { totalCount } }`,
    /reporter: /,
  ],
  [
    "a malformed period of a ranking",
    `{ topPartners(reporter: "country:CHN", period: { start: "2021", end: "2021-06" }) { rank } }`,
    /period\.start: /,
  ],
  [
    "a ranking period that ends before it starts",
    `{ topPartners(reporter: "country:CHN", period: { start: "2021-06", end: "2021-01" }) { rank } }`,
    /period\.end/,
  ],
  [
    "a ranking of more than 100",
    `{ topPartners(reporter: "country:CHN", period: { start: "2021-01", end: "2021-06" }, limit: 101) { rank } }`,
    /limit: /,
  ],
  [
    "a malformed link filter",
    `{ policyLinks(filter: { subject: "" }) { totalCount } }`,
    /filter\.subject: /,
  ],
  [
    "more than 3 hops",
    `{ neighborhood(id: "agency:gacc", hops: 4) { totalCount } }`,
    /hops: hops must not be greater than 3/,
  ],
  [
    "a path of too many hops",
    `{ path(from: "agency:gacc", to: "country:CHN", maxHops: 7) { length } }`,
    /maxHops: /,
  ],
  ["search text without a word", `{ search(text: "*** ???") { totalCount } }`, /text: /],
  ["a malformed document id", `{ document(id: "doc:123") { id } }`, /id: .*document id/],
];

describe("argument validation", () => {
  const db = openTestDatabase();
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    // The nested-page case needs its parent entity to exist, whatever ran before.
    cleanup = await writeTinyGraph(db);
    api = await startTestApi(db, { TRADE_KG_API_KEY: KEY });
  });
  afterAll(async () => {
    await cleanup?.();
    await api.close();
    await db.close();
  });

  // A nested field's arguments are checked when its parent has been loaded: that one statement.
  it.each(CASES)(
    "refuses %s with BAD_USER_INPUT naming the argument, before querying for it",
    async (_, query, message, statements = 0) => {
      const { status, body } = await postGraphQL(api.graphqlUrl, query, undefined, {
        "x-trade-kg-debug": "1",
      });
      expect(status).toBe(200);
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0].message).toMatch(message);
      expect(body.extensions?.statements).toBe(statements);
      expect(api.logged).toEqual([]);
    },
  );

  it("keeps class-validator's details in extensions.validationErrors", async () => {
    const { body } = await postGraphQL(api.graphqlUrl, `{ entities(first: 101) { totalCount } }`);
    const details = body.errors?.[0].extensions?.validationErrors as { property: string }[];
    expect(details.map((d) => d.property)).toEqual(["first"]);
  });

  it("refuses an impossible calendar date and a malformed id in mutations", async () => {
    const ingest = await postGraphQL(
      api.graphqlUrl,
      `mutation { ingestDocument(text: "x", source: "s", date: "2021-02-30") { status } }`,
      undefined,
      { "x-api-key": KEY },
    );
    expect(ingest.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(ingest.body.errors?.[0].message).toMatch(/date: .*calendar date/);
    const remove = await postGraphQL(
      api.graphqlUrl,
      `mutation { deleteDocument(id: "doc:nothex") { documentId } }`,
      undefined,
      { "x-api-key": KEY },
    );
    expect(remove.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(remove.body.errors?.[0].message).toMatch(/id: /);
  });

  it("accepts the boundaries: 100 rows, 3 hops, a well-formed id", async () => {
    const { body } = await postGraphQL(
      api.graphqlUrl,
      `{ entities(first: 100) { totalCount } neighborhood(id: "country:ZZ-none", hops: 3) { totalCount } }`,
    );
    // the neighbourhood's entity does not exist: NOT_FOUND, not a validation error
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
  });
});
