/**
 * `trade-kg ingest PATH...` and `trade-kg delete DOC_ID`. Progress goes to stderr: a bar with
 * rate and ETA on a terminal, a line every N documents otherwise (ingest-progress.ts); the
 * summary goes to stderr and, with --json, to stdout as one JSON object for scripts, every
 * document and skipped file with its path. Any skipped file makes the exit non-zero.
 * --date/--url/--title state every file's metadata, over the sidecars beside them.
 */
import type { Command } from "commander";
import type { Config } from "../../config/config.js";
import { expectedGot, TradeKgError } from "../../core/errors.js";
import type { Database } from "../../graph/database.js";
import { applySchema } from "../../graph/schema.js";
import { deleteDocument } from "../../ingest/ingest-document.js";
import { type IngestSummary, ingestPaths } from "../../ingest/ingest-paths.js";
import type { CallerMeta } from "../../ingest/read-sidecar.js";
import { addStartDbOption, type DatabaseFlags, openGraph } from "../database-option.js";
import { ingestProgress } from "../ingest-progress.js";
import { configFromEnvironment, info } from "../runtime.js";
import { addMetadataOptions, callerMetaOf, type MetadataFlags } from "./metadata-options.js";

type IngestFlags = MetadataFlags & DatabaseFlags & { json?: boolean; progressEvery: number };

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1)
    throw new TradeKgError(
      "BAD_USER_INPUT",
      expectedGot("--progress-every", "an integer from 1", text),
    );
  return value;
}

export function registerIngestCommands(program: Command): void {
  addMetadataOptions(
    addStartDbOption(
      program
        .command("ingest")
        .description(
          "extract each file (or every .txt/.md/.html file under each folder) and write it into Neo4j",
        )
        .argument("<paths...>", "files or folders")
        .option("--json", "print the summary as JSON on stdout, each document with its file's path")
        .option(
          "--progress-every <n>",
          "when stderr is not a terminal, a progress line every n documents",
          positiveInteger,
          10,
        ),
    ),
  ).action(async (paths: string[], options: IngestFlags) => {
    const caller = callerMetaOf(options);
    const config = configFromEnvironment();
    const summary = await withDatabase(config, options, (db) =>
      ingestWithProgress(db, paths, caller, options.progressEvery),
    );
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    if (summary.skipped.length > 0) process.exitCode = 1;
  });

  addStartDbOption(
    program
      .command("delete")
      .description("remove a document and every fact, link and entity that only it stated")
      .argument("<documentId>", "a document id, doc: followed by 16 hex digits"),
  ).action(async (documentId: string, options: DatabaseFlags) => {
    const config = configFromEnvironment();
    const removal = await withDatabase(config, options, (db) => deleteDocument(db, documentId));
    info(
      `deleted ${removal.documentId}: ${removal.tradeFactsDeleted} trade facts and ${removal.entitiesDeleted} entities that no other document states, ${removal.relationshipsDeleted} relationships`,
    );
  });
}

async function withDatabase<T>(
  config: Readonly<Config>,
  flags: DatabaseFlags,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const connection = await openGraph(config, flags);
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
  progressEvery = 10,
): Promise<IngestSummary> {
  const progress = ingestProgress(progressEvery);
  const summary = await ingestPaths(db, paths, progress, caller);
  progress.stop();
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
