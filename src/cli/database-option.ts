/**
 * How a command reaches the database: the one NEO4J_URI names, or the embedded Neo4j that
 * `trade-kg db start` (or `npm start`) runs. A command never starts one behind the user's back:
 * a stopped database is DATABASE_UNAVAILABLE at once, unless the user passed --start-db, and
 * then stderr says that a temporary one is starting and will stop with the command.
 */
import type { Command } from "commander";
import type { Config } from "../config/config.js";
import { connectGraph, type GraphConnection } from "../graph/connect.js";
import { findRunningInstance } from "../graph/embedded.js";
import { info } from "./runtime.js";

export interface DatabaseFlags {
  startDb?: boolean;
}

export function addStartDbOption(command: Command): Command {
  return command.option(
    "--start-db",
    "when the embedded Neo4j is stopped, start one for this command and stop it after (about half a minute)",
  );
}

export async function openGraph(
  config: Readonly<Config>,
  flags: DatabaseFlags,
): Promise<GraphConnection> {
  const starting =
    flags.startDb === true &&
    config.neo4j.uri === null &&
    findRunningInstance(config.embedded.dataDir) === null;
  if (starting) info("no embedded Neo4j runs: starting one for this command (--start-db)...");
  return connectGraph(config, { log: info, startIfStopped: flags.startDb === true });
}
