/**
 * The per-request context: the database, a request id that appears in logs and masked
 * errors, and the statement counter that tells how many round trips this request cost.
 * The per-request DataLoaders live here too, so no cache outlives its request.
 */
import { randomUUID } from "node:crypto";
import type { Config } from "../config/config.js";
import type { Database } from "../graph/database.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface ApiContext {
  db: Database;
  config: Readonly<Config>;
  requestId: string;
  /** Statements this request sent to Neo4j. */
  counter: { statements: number };
  /** The client asked for the statement count in `extensions` (x-trade-kg-debug: 1). */
  debug: boolean;
  /** One set of DataLoaders for this request (see loaders.ts). */
  loaders: Loaders;
  /** The `x-api-key` header as sent, for the mutations' check (see auth.ts). */
  apiKey: string | null;
}

export function createContext(
  db: Database,
  config: Readonly<Config>,
  headers: { get(name: string): string | undefined },
): ApiContext {
  const counter = { statements: 0 };
  return {
    db,
    config,
    requestId: headers.get("x-request-id")?.slice(0, 64) || randomUUID(),
    counter,
    debug: headers.get("x-trade-kg-debug") === "1",
    loaders: createLoaders(db, counter),
    apiKey: headers.get("x-api-key") ?? null,
  };
}
