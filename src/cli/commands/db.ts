/**
 * `trade-kg db start|stop|status`: the embedded Neo4j as a background service, for users who
 * want the database up between `serve` runs or want to query it with their own tools.
 */
import type { Command } from "commander";
import { type Database, openDatabase } from "../../graph/database.js";
import {
  findRunningInstance,
  startEmbeddedNeo4j,
  stopEmbeddedNeo4j,
} from "../../graph/embedded.js";
import { embeddedCredentials } from "../../graph/embedded-auth.js";
import { readDatabaseInfo } from "../../graph/health.js";
import { applySchema } from "../../graph/schema.js";
import { configFromEnvironment, info } from "../runtime.js";

export function registerDbCommands(program: Command): void {
  const db = program
    .command("db")
    .description("start, stop or inspect the embedded Neo4j (used when NEO4J_URI is unset)");

  db.command("start")
    .description("start the embedded Neo4j in the background and apply the schema")
    .action(startDb);
  db.command("stop")
    .description("stop the embedded Neo4j cleanly, keeping its data")
    .action(stopDb);
  db.command("status")
    .description("say whether the database is up, where, and what it holds; exit 1 when it is down")
    .action(reportDbStatus);
}

/** Starts the embedded Neo4j detached (unless NEO4J_URI is set or one runs) and applies the schema. */
async function startDb(): Promise<void> {
  const config = configFromEnvironment();
  if (config.neo4j.uri) {
    info(`NEO4J_URI is set (${config.neo4j.uri}): trade-kg uses that server and starts none.`);
    return;
  }
  const running = findRunningInstance(config.embedded.dataDir);
  if (running) {
    info(`already running: ${running.uri} (pid ${running.pid}, data ${running.dataDir})`);
    return;
  }
  const instance = await startEmbeddedNeo4j({
    projectRoot: config.projectRoot,
    config: config.embedded,
    mode: "detached",
    reuseRunning: false,
    log: info,
  });
  const database = openDatabase(
    instance.uri,
    embeddedCredentials(config.neo4j, config.embedded.dataDir),
  );
  try {
    await applySchema(database);
  } finally {
    await database.close();
  }
  process.stdout.write(`${instance.uri}\n`);
  info(
    `started Neo4j ${instance.version} at ${instance.uri} (pid ${instance.pid}, data ${instance.dataDir}); stop it with \`trade-kg db stop\``,
  );
}

/** Stops the embedded Neo4j of this data folder, if one runs. */
async function stopDb(): Promise<void> {
  const config = configFromEnvironment();
  const running = findRunningInstance(config.embedded.dataDir);
  if (!running) {
    info(`not running (data ${config.embedded.dataDir})`);
    return;
  }
  await stopEmbeddedNeo4j(running);
  info(`stopped the Neo4j at ${running.uri} (pid ${running.pid})`);
}

/** Prints up or down with the node counts; exit code 1 when the database is down. */
async function reportDbStatus(): Promise<void> {
  const config = configFromEnvironment();
  const uri = config.neo4j.uri ?? findRunningInstance(config.embedded.dataDir)?.uri ?? null;
  if (!uri) {
    process.stdout.write(`down: no embedded Neo4j runs over ${config.embedded.dataDir}\n`);
    process.exitCode = 1;
    return;
  }
  let database: Database | null = null;
  try {
    database = openDatabase(
      uri,
      config.neo4j.uri ? config.neo4j : embeddedCredentials(config.neo4j, config.embedded.dataDir),
    );
    const status = await readDatabaseInfo(database);
    const counts = status.nodeCounts.map((c) => `${c.label}=${c.count}`).join(" ");
    process.stdout.write(`up: ${uri} Neo4j ${status.version} ${status.edition}; ${counts}\n`);
  } catch (error) {
    process.stdout.write(`down: ${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}
