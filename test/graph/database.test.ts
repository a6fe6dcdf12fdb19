import { Neo4jError } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { TradeKgError } from "../../src/core/errors.js";
import { openDatabase } from "../../src/graph/database.js";
import { DEAD_BOLT_URI, openTestDatabase } from "../support/database.js";

describe("Database", () => {
  const db = openTestDatabase();
  afterAll(() => db.close());

  it("runs reads and writes over Bolt and counts each statement", async () => {
    const before = db.statementCount();
    await db.write("CREATE (:ScratchNode {id: $id})", { id: "scratch-1" });
    const read = await db.read("MATCH (n:ScratchNode {id: $id}) RETURN count(n) AS n", {
      id: "scratch-1",
    });
    await db.write("MATCH (n:ScratchNode) DETACH DELETE n");
    expect(read.records[0].get("n")).toBe(1);
    expect(db.statementCount() - before).toBe(3);
  });

  it("counts statements into a per-request counter", async () => {
    const counter = { statements: 0 };
    await db.readTransaction(
      async (tx) => {
        await tx.run("RETURN 1");
        await tx.run("RETURN 2");
      },
      { counter },
    );
    expect(counter.statements).toBe(2);
  });

  it("rolls a write transaction back entirely when it fails midway", async () => {
    await expect(
      db.writeTransaction(async (tx) => {
        await tx.run("CREATE (:ScratchNode {id: 'half'})");
        await tx.run("RETURN 1 / 0");
      }),
    ).rejects.toThrow();
    const left = await db.read("MATCH (n:ScratchNode {id: 'half'}) RETURN count(n) AS n");
    expect(left.records[0].get("n")).toBe(0);
  });

  it("reports a database that is down as DATABASE_UNAVAILABLE, saying what to do", async () => {
    const down = openDatabase(DEAD_BOLT_URI, {
      user: "neo4j",
      password: "",
      database: undefined,
      queryTimeoutMs: 1_000,
    });
    try {
      const error = await down.read("RETURN 1").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TradeKgError);
      expect((error as TradeKgError).code).toBe("DATABASE_UNAVAILABLE");
      expect((error as TradeKgError).message).toMatch(/cannot be reached.*trade-kg db start/);
    } finally {
      await down.close();
    }
  });

  it("passes Neo4j's errors on with their code and without Java class names", async () => {
    const error = (await db
      .read("CALL db.index.fulltext.queryNodes('no_such_index', 'a') YIELD node RETURN node")
      .catch((e: unknown) => e)) as Neo4jError;
    expect(error).toBeInstanceOf(Neo4jError);
    expect(error.code).toBe("Neo.ClientError.Procedure.ProcedureCallFailed");
    expect(error.message).toMatch(/no such fulltext schema index: no_such_index/);
    expect(error.message).not.toMatch(/java\.|org\.|Exception/);
    // The operator's log still gets Neo4j's own words, through the cause.
    expect((error.cause as Error).message).toMatch(/java\.lang\.IllegalArgumentException/);
  });
});
