/** The test run's Neo4j (see test/setup/neo4j.global.ts) as a Database. */
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/graph/database.js";

export function openTestDatabase(): Database {
  return openDatabase(inject("neo4jUri"), {
    user: inject("neo4jUser"),
    password: inject("neo4jPassword"),
    database: undefined,
    queryTimeoutMs: 30_000,
  });
}

/** A Bolt URI where nothing listens: what a database that is down looks like. */
export const DEAD_BOLT_URI = "bolt://127.0.0.1:1";
