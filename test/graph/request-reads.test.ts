/**
 * The reads of one request share one transaction (src/graph/request-reads.ts): each read
 * asks Neo4j which transaction runs it, and the answers are compared. A statement that fails
 * in the shared transaction must still leave every other read its own answer, and its
 * caller its own error.
 */
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../support/database.js";

/** The id of the transaction that runs this very statement (found by a marker in its text). */
const whoRunsMe = (marker: string) =>
  `SHOW TRANSACTIONS YIELD transactionId, currentQuery
   WHERE currentQuery CONTAINS '${marker}' RETURN transactionId`;

describe("request reads", () => {
  const db = openTestDatabase();
  afterAll(() => db.close());

  const transactionOf = async (marker: string, counter: { statements: number }) => {
    const result = await db.read(whoRunsMe(marker), {}, { counter });
    return result.records.map((r) => r.get("transactionId") as string);
  };

  it("runs the reads of one request, at once or one after another, in one transaction", async () => {
    const request = { statements: 0 };
    const [a, b] = await Promise.all([
      transactionOf("probe-a", request),
      transactionOf("probe-b", request),
    ]);
    const c = await transactionOf("probe-c", request);
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(request.statements).toBe(3);
  });

  it("runs what a request reads beside its answer in the same transaction, uncounted", async () => {
    const request = { statements: 0 };
    const [beside, answer] = await Promise.all([
      db.readTransaction(
        async (tx) => {
          const result = await tx.run(whoRunsMe("probe-g"));
          return result.records.map((r) => r.get("transactionId") as string);
        },
        { share: request },
      ),
      transactionOf("probe-h", request),
    ]);
    expect(beside).toHaveLength(1);
    expect(answer).toEqual(beside);
    expect(request.statements).toBe(1);
  });

  it("gives another request, and reads outside requests, transactions of their own", async () => {
    const first = { statements: 0 };
    const second = { statements: 0 };
    const [a, b] = await Promise.all([
      transactionOf("probe-d", first),
      transactionOf("probe-e", second),
    ]);
    const outside = await db.read(whoRunsMe("probe-f"));
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(b).not.toEqual(a);
    expect(outside.records[0].get("transactionId")).not.toBe(a[0]);
  });

  it("answers the other reads of a request when one of them fails, and fails that one alone", async () => {
    const request = { statements: 0 };
    const [good, bad, alsoGood] = await Promise.allSettled([
      db.read("UNWIND range(1, 1000) AS n RETURN sum(n) AS total", {}, { counter: request }),
      db.read("UNWIND [1, 0] AS n RETURN 1 / n AS x", {}, { counter: request }),
      db.read("RETURN 42 AS answer", {}, { counter: request }),
    ]);
    expect(good.status === "fulfilled" && good.value.records[0].get("total")).toBe(500500);
    expect(bad.status).toBe("rejected");
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/by zero/i);
    expect(alsoGood.status === "fulfilled" && alsoGood.value.records[0].get("answer")).toBe(42);
    const after = await db.read("RETURN 1 AS one", {}, { counter: request });
    expect(after.records[0].get("one")).toBe(1);
  });
});
