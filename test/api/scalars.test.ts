/**
 * The YearMonth and DateTime scalars: periods and timestamps are typed in the schema; an
 * impossible month is still BAD_USER_INPUT naming the argument, a month that is not a string is
 * refused by GraphQL itself, a malformed month from the graph fails instead of reaching a
 * client, and ingestedAt is an ISO instant.
 */
import { getNamedType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YearMonth } from "../../src/api/common/scalars.js";
import { buildApiSchema } from "../../src/api/schema.js";
import { postGraphQL, startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";

const db = openTestDatabase();
let api: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  api = await startTestApi(db);
});
afterAll(async () => {
  await api.close();
  await db.close();
});

const facts = (period: string) => `{ tradeFacts(filter: { period: ${period} }) { totalCount } }`;

describe("YearMonth and DateTime", () => {
  it("type periods and timestamps in the schema", async () => {
    const schema = await buildApiSchema();
    const period = schema.getType("Period");
    const document = schema.getType("Document");
    if (!isObjectType(period) || !isObjectType(document)) throw new Error("types missing");
    expect(getNamedType(period.getFields().start.type).name).toBe("YearMonth");
    expect(getNamedType(period.getFields().end.type).name).toBe("YearMonth");
    expect(getNamedType(document.getFields().ingestedAt.type).name).toBe("DateTime");
  });

  it("answer an impossible month with BAD_USER_INPUT naming the argument", async () => {
    const { status, body } = await postGraphQL(
      api.graphqlUrl,
      facts('{ start: "2021-13", end: "2021-12" }'),
    );
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0].message).toMatch(/period\.start/);
  });

  it("refuse a month that is not a string before anything runs", async () => {
    const { status, body } = await postGraphQL(
      api.graphqlUrl,
      facts('{ start: 202101, end: "2021-12" }'),
    );
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0].message).toMatch(/YearMonth/);
  });

  it("let a well-formed month through and refuse a malformed one on output", () => {
    expect(YearMonth.serialize("2024-05")).toBe("2024-05");
    expect(() => YearMonth.serialize("2024-5")).toThrow(/not a month/);
    expect(() => YearMonth.serialize(202405)).toThrow(/expected a month/);
  });
});
