/**
 * The GraphQL-over-HTTP spec's audit suite (graphql-http's serverAudits) against the live
 * server, one test per audit. Every MUST audit passes; SHOULD and MAY audits may warn or
 * notice (README lists the ones that do not pass and why).
 */
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi } from "../support/api.js";
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

const audits = serverAudits({ url: () => api.graphqlUrl, fetchFn: fetch });

describe("graphql-http audits with introspection on", () => {
  for (const audit of audits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (audit.name.startsWith("MUST")) {
        expect(result.status, "reason" in result ? String(result.reason) : "").toBe("ok");
      } else {
        expect(["ok", "warn", "notice"]).toContain(result.status);
      }
    });
  }
});
