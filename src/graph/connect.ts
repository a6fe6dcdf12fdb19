/**
 * Where the database comes from: the server named by NEO4J_URI, or else the embedded Neo4j,
 * started (or found running) over the configured data folder, with the password it keeps
 * there (NEO4J_USER and NEO4J_PASSWORD are for NEO4J_URI only). Callers get a Database and a
 * `close` that ends only what this process started.
 *
 * Starting an embedded Neo4j takes half a minute, so it happens only when the caller asks
 * (`startIfStopped`: `serve`, `start`, a command's --start-db); otherwise a stopped database is
 * DATABASE_UNAVAILABLE at once, saying how to start it.
 */
import type { Config } from "../config/config.js";
import { TradeKgError } from "../core/errors.js";
import { type Database, openDatabase } from "./database.js";
import {
  type EmbeddedInstance,
  findRunningInstance,
  startEmbeddedNeo4j,
  stopEmbeddedNeo4j,
} from "./embedded.js";
import { embeddedCredentials } from "./embedded-auth.js";

export interface GraphConnection {
  db: Database;
  /** The embedded instance in use, or null with NEO4J_URI. */
  embedded: EmbeddedInstance | null;
  /** Closes the driver; stops the embedded Neo4j when this process started it. */
  close(): Promise<void>;
}

export async function connectGraph(
  config: Config,
  options: {
    mode?: "attached" | "detached";
    log?: (line: string) => void;
    /** Start the embedded Neo4j when none runs over the data folder (default: refuse). */
    startIfStopped?: boolean;
  } = {},
): Promise<GraphConnection> {
  if (config.neo4j.uri) {
    const db = openDatabase(config.neo4j.uri, config.neo4j);
    await db.verify().catch(async (error) => {
      await db.close();
      throw error;
    });
    return { db, embedded: null, close: () => db.close() };
  }
  if (!options.startIfStopped && !findRunningInstance(config.embedded.dataDir)) {
    throw new TradeKgError(
      "DATABASE_UNAVAILABLE",
      `no embedded Neo4j runs over ${config.embedded.dataDir}: start it with \`trade-kg db start\`, or add --start-db to start one for this command only (about half a minute)`,
    );
  }
  const embedded = await startEmbeddedNeo4j({
    projectRoot: config.projectRoot,
    config: config.embedded,
    mode: options.mode ?? "attached",
    reuseRunning: true,
    log: options.log,
  });
  const stopIfOurs = async () => {
    if (embedded.ownedByUs) await stopEmbeddedNeo4j(embedded);
  };
  let db: Database;
  try {
    db = openDatabase(embedded.uri, embeddedCredentials(config.neo4j, config.embedded.dataDir));
  } catch (error) {
    await stopIfOurs();
    throw error;
  }
  const close = async () => {
    await db.close();
    await stopIfOurs();
  };
  try {
    await db.verify();
  } catch (error) {
    await close();
    throw error;
  }
  return { db, embedded, close };
}
