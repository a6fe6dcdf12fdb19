/**
 * `trade-kg ingest PATH...`: files and folders become documents. A file that cannot be read,
 * extracted or written is skipped with its reason and the rest go on; the caller turns skips
 * into a non-zero exit. A sidecar NAME.meta.json beside a file gives its date, URL and title
 * (read-sidecar.ts); the caller's flags win over it.
 *
 * Why a pipeline: one transaction per document cost ~135 ms of database work each (issue 17).
 * Files are read a window at a time; documents already stored with the same bytes, metadata
 * and extractor are found with one query per window and not extracted again; the others are
 * extracted in worker threads (extract-pool.ts) and written many to a transaction
 * (batch-queue.ts), every batch whole or not at all, so a kill leaves only whole documents
 * and a rerun writes only what is missing. The summary lists files in the order named.
 */
import { readFile } from "node:fs/promises";
import { documentIdOf } from "../core/ids.js";
import { type DocumentMetaInput, metaInputKey } from "../extract/metadata/meta-input.js";
import type { Database } from "../graph/database.js";
import { type DocumentWriteResult, storedVersionsOf, unchangedResult } from "../graph/documents.js";
import {
  type BatchLimits,
  BatchQueue,
  DEFAULT_BATCH_LIMITS,
  type QueueOutcome,
} from "./batch-queue.js";
import { type DocumentFile, documentFiles, type SkippedFile } from "./document-files.js";
import { defaultExtractWorkers, type ExtractPool, startExtractPool } from "./extract-pool.js";
import { isCurrent } from "./ingest-document.js";
import { type CallerMeta, metadataFor } from "./read-sidecar.js";
import { isFatal, reasonOf } from "./write-batch.js";

export {
  DOCUMENT_EXTENSIONS,
  type DocumentFile,
  documentFiles,
  type SkippedFile,
} from "./document-files.js";

/** A document written (or found unchanged), with the file it was read from. */
export type IngestedFile = DocumentWriteResult & { path: string };

export interface IngestSummary {
  documents: IngestedFile[];
  skipped: SkippedFile[];
  created: number;
  replaced: number;
  unchanged: number;
  entities: number;
  tradeFacts: number;
  policyLinks: number;
}

export interface IngestProgress {
  /** Called once the files are known. */
  onStart?(total: number): void;
  /** Called after each file, written or skipped (in the order outcomes are known). */
  onFile?(path: string, outcome: DocumentWriteResult | SkippedFile): void;
}

export interface IngestOptions {
  /** extraction worker threads; 0 extracts in this thread */
  workers?: number;
  batch?: Partial<BatchLimits>;
}

/** Files read, and stored versions looked up, this many at a time. */
const WINDOW = 256;

interface ReadFile {
  index: number;
  file: DocumentFile;
  bytes: Uint8Array;
  meta: DocumentMetaInput;
  documentId: string;
  metadataKey: string | null;
}

type Outcome = IngestedFile | SkippedFile;

export async function ingestPaths(
  db: Database,
  paths: string[],
  progress: IngestProgress = {},
  /** --date / --url / --title: stated for every file, over its sidecar */
  caller: CallerMeta = {},
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const { files, skipped } = await documentFiles(paths);
  progress.onStart?.(files.length);
  const outcomes: Outcome[] = new Array(files.length);
  const record = (index: number, outcome: Outcome) => {
    outcomes[index] = outcome;
    progress.onFile?.(outcome.path, "reason" in outcome ? outcome : stripPath(outcome));
  };
  // one file gains nothing from a worker that must first load the extractor
  const workers = files.length > 1 ? (options.workers ?? defaultExtractWorkers()) : 0;
  const pool = startExtractPool(Math.min(workers, files.length));
  try {
    const limits = { ...DEFAULT_BATCH_LIMITS, ...options.batch };
    const queue = new BatchQueue(db, limits, (index, outcome) =>
      record(index, outcomeOf(files[index].path, outcome)),
    );
    for (let start = 0; start < files.length; start += WINDOW) {
      const window = files
        .slice(start, start + WINDOW)
        .map((file, i) => ({ file, index: start + i }));
      await ingestWindow(db, window, caller, { pool, queue, record });
    }
    await queue.finish();
  } finally {
    await pool.close();
  }
  return summaryOf(outcomes, skipped);
}

interface Stages {
  pool: ExtractPool;
  queue: BatchQueue;
  record(index: number, outcome: Outcome): void;
}

/** Reads a window of files, reports the unchanged ones, queues the rest for extraction. */
async function ingestWindow(
  db: Database,
  window: { file: DocumentFile; index: number }[],
  caller: CallerMeta,
  { pool, queue, record }: Stages,
): Promise<void> {
  const read = await Promise.all(window.map(({ file, index }) => readInput(file, index, caller)));
  const inputs = read.filter((r): r is ReadFile => !("reason" in r));
  for (const r of read) if ("reason" in r) record(r.index, { path: r.path, reason: r.reason });
  const stored = await storedVersionsOf(
    db,
    inputs.map((r) => r.documentId),
  );
  for (const input of inputs) {
    if (isCurrent(stored.get(input.documentId), input.metadataKey)) {
      record(input.index, { path: input.file.path, ...unchangedResult(input.documentId) });
      continue;
    }
    await queue.room();
    const extraction = pool.extract({
      bytes: input.bytes,
      source: input.file.source,
      meta: input.meta,
    });
    queue.add(
      input.index,
      extraction.then(({ extracted, text }) => ({
        extracted,
        text,
        // the length in the unit of the offsets (UTF-16 code units), not the input's bytes
        textLength: text.length,
        metadataKey: input.metadataKey,
      })),
    );
  }
}

async function readInput(
  file: DocumentFile,
  index: number,
  caller: CallerMeta,
): Promise<ReadFile | { index: number; path: string; reason: string }> {
  try {
    const meta = await metadataFor(file.path, caller, file.source);
    const bytes = await readFile(file.path);
    return {
      index,
      file,
      bytes,
      meta,
      documentId: documentIdOf(bytes),
      metadataKey: metaInputKey(meta),
    };
  } catch (error) {
    if (isFatal(error)) throw error;
    return { index, path: file.path, reason: reasonOf(error) };
  }
}

function outcomeOf(path: string, outcome: QueueOutcome): Outcome {
  return outcome.ok ? { path, ...outcome.result } : { path, reason: outcome.reason };
}

function stripPath({ path: _, ...result }: IngestedFile): DocumentWriteResult {
  return result;
}

function summaryOf(outcomes: Outcome[], missing: SkippedFile[]): IngestSummary {
  const documents = outcomes.filter((o): o is IngestedFile => !("reason" in o));
  const skipped = [...missing, ...outcomes.filter((o): o is SkippedFile => "reason" in o)];
  const written = documents.filter((d) => d.status !== "unchanged");
  return {
    documents,
    skipped,
    created: documents.filter((d) => d.status === "created").length,
    replaced: documents.filter((d) => d.status === "replaced").length,
    unchanged: documents.length - written.length,
    entities: written.reduce((sum, d) => sum + d.entities, 0),
    tradeFacts: written.reduce((sum, d) => sum + d.tradeFacts, 0),
    policyLinks: written.reduce((sum, d) => sum + d.policyLinks, 0),
  };
}
