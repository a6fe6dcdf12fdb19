/**
 * `trade-kg serve` and `trade-kg start` (what `npm start` runs). Both bring the database up
 * (NEO4J_URI's, or the embedded one, started or found running), apply the schema and serve
 * GraphQL until Ctrl-C; `start` also ingests the seeds first. On Ctrl-C the server closes,
 * and the embedded Neo4j stops only if this process started it; its data stays.
 */
import type { Command } from "commander";
import { startApi } from "../../api/server.js";
import type { Config } from "../../config/config.js";
import { connectGraph } from "../../graph/connect.js";
import { applySchema } from "../../graph/schema.js";
import { configFromEnvironment, info, untilInterrupted } from "../runtime.js";
import { ingestWithProgress } from "./ingest.js";

export function registerServeCommands(program: Command): void {
  program
    .command("serve")
    .description("serve the GraphQL API (starting the embedded Neo4j when NEO4J_URI is unset)")
    .action(async () => {
      await serve(configFromEnvironment(), { ingestSeeds: false });
    });

  program
    .command("start")
    .description("what `npm start` runs: database up, schema applied, seeds ingested, API served")
    .action(async () => {
      await serve(configFromEnvironment(), { ingestSeeds: true });
    });
}

async function serve(config: Readonly<Config>, options: { ingestSeeds: boolean }): Promise<void> {
  const connection = await connectGraph(config, { log: info, startIfStopped: true });
  info(
    connection.embedded
      ? `Neo4j ${connection.embedded.version} at ${connection.db.uri} (embedded, data ${connection.embedded.dataDir})`
      : `Neo4j at ${connection.db.uri}`,
  );
  let api: Awaited<ReturnType<typeof startApi>> | null = null;
  try {
    const schema = await applySchema(connection.db);
    info(`schema applied (${schema.statements} constraints and indexes)`);
    if (options.ingestSeeds) {
      info(`seeds: ingesting ${config.seedsDir}`);
      await ingestWithProgress(connection.db, [config.seedsDir]);
    }
    api = await startApi(connection.db, config);
    info(`GraphQL API: ${api.graphqlUrl}`);
    info(`Bolt (Cypher): ${connection.db.uri}`);
    info("Ctrl-C stops the server (and the Neo4j it started); the data stays.");
    const signal = await untilInterrupted();
    info(`${signal}: stopping...`);
  } finally {
    await api?.close();
    await connection.close();
  }
  info("stopped");
}
