/**
 * `trade-kg ingest PATH...` and `trade-kg delete DOC_ID`. A progress bar shows on a terminal
 * only (cli-progress), so logs and pipes stay clean; the summary goes to stderr and, with
 * --json, to stdout as one JSON object for scripts. Any skipped file makes the exit non-zero.
 * --date/--url/--title state every file's metadata, over the sidecars beside them.
 */
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import type { Config } from "../../config/config.js";
import { connectGraph } from "../../graph/connect.js";
import type { Database } from "../../graph/database.js";
import { applySchema } from "../../graph/schema.js";
import { deleteDocument } from "../../ingest/ingest-document.js";
import { type IngestSummary, ingestPaths } from "../../ingest/ingest-paths.js";
import type { CallerMeta } from "../../ingest/read-sidecar.js";
import { configFromEnvironment, info } from "../runtime.js";
import { addMetadataOptions, callerMetaOf, type MetadataFlags } from "./metadata-options.js";

export function registerIngestCommands(program: Command): void {
  addMetadataOptions(
    program
      .command("ingest")
      .description(
        "extract each file (or every .txt/.md/.html file under each folder) and write it into Neo4j",
      )
      .argument("<paths...>", "files or folders")
      .option("--json", "print the summary as JSON on stdout"),
  ).action(async (paths: string[], options: MetadataFlags & { json?: boolean }) => {
    const caller = callerMetaOf(options);
    const config = configFromEnvironment();
    const summary = await withDatabase(config, (db) => ingestWithProgress(db, paths, caller));
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    if (summary.skipped.length > 0) process.exitCode = 1;
  });

  program
    .command("delete")
    .description("remove a document and every fact, link and entity that only it stated")
    .argument("<documentId>", "a document id, doc: followed by 16 hex digits")
    .action(async (documentId: string) => {
      const config = configFromEnvironment();
      const removal = await withDatabase(config, (db) => deleteDocument(db, documentId));
      info(
        `deleted ${removal.documentId}: ${removal.tradeFactsDeleted} trade facts and ${removal.entitiesDeleted} entities that no other document states, ${removal.relationshipsDeleted} relationships`,
      );
    });
}

async function withDatabase<T>(
  config: Readonly<Config>,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const connection = await connectGraph(config, { log: info });
  try {
    await applySchema(connection.db);
    return await work(connection.db);
  } finally {
    await connection.close();
  }
}

/** Ingests with a progress bar on a terminal and prints the summary; shared with `start`. */
export async function ingestWithProgress(
  db: Database,
  paths: string[],
  caller: CallerMeta = {},
): Promise<IngestSummary> {
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: "ingest [{bar}] {value}/{total} {file}",
        hideCursor: true,
      })
    : null;
  const summary = await ingestPaths(
    db,
    paths,
    {
      onStart: (total) => bar?.start(total, 0, { file: "" }),
      onFile: (path) => bar?.increment({ file: path }),
    },
    caller,
  );
  bar?.stop();
  info(describeSummary(summary));
  for (const skip of summary.skipped) info(`skipped ${skip.path}: ${skip.reason}`);
  return summary;
}

export function describeSummary(summary: IngestSummary): string {
  return (
    `ingest: ${summary.created} created, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.skipped.length} skipped; ` +
    `written: ${summary.entities} entities, ${summary.tradeFacts} trade facts, ${summary.policyLinks} policy links`
  );
}
