/**
 * The per-request context: the database, a request id that appears in logs and masked
 * errors, and the statement counter that tells how many round trips this request cost.
 * Later, the per-request DataLoaders live here too, so no cache outlives its request.
 */
import { randomUUID } from "node:crypto";
import type { Config } from "../config/config.js";
import type { Database } from "../graph/database.js";

export interface ApiContext {
  db: Database;
  config: Readonly<Config>;
  requestId: string;
  /** Statements this request sent to Neo4j. */
  counter: { statements: number };
  /** The client asked for the statement count in `extensions` (x-trade-kg-debug: 1). */
  debug: boolean;
}

export function createContext(
  db: Database,
  config: Readonly<Config>,
  headers: { get(name: string): string | undefined },
): ApiContext {
  return {
    db,
    config,
    requestId: headers.get("x-request-id")?.slice(0, 64) || randomUUID(),
    counter: { statements: 0 },
    debug: headers.get("x-trade-kg-debug") === "1",
  };
}
