/**
 * `trade-kg ingest PATH...`: files and folders become documents, one transaction each. A file
 * that cannot be read or extracted is skipped with its reason and the rest go on; the caller
 * turns skips into a non-zero exit. Folders contribute their text-like files (recursively,
 * in name order, so runs are repeatable).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { isTradeKgError } from "../core/errors.js";
import type { Database } from "../graph/database.js";
import type { DocumentWriteResult } from "../graph/documents.js";
import { ingestDocument } from "./ingest-document.js";

export const DOCUMENT_EXTENSIONS = new Set([".txt", ".text", ".md", ".html", ".htm"]);

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface IngestSummary {
  documents: DocumentWriteResult[];
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
  /** Called after each file, written or skipped. */
  onFile?(path: string, outcome: DocumentWriteResult | SkippedFile): void;
}

/** The files a list of paths names: files as given, folders expanded. Missing paths are skipped. */
export async function documentFiles(
  paths: string[],
): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) skipped.push({ path, reason: "no such file or folder" });
    else if (info.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return { files, skipped };
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase()))
      files.push(path);
  }
  return files;
}

export async function ingestPaths(
  db: Database,
  paths: string[],
  progress: IngestProgress = {},
): Promise<IngestSummary> {
  const { files, skipped } = await documentFiles(paths);
  progress.onStart?.(files.length);
  const documents: DocumentWriteResult[] = [];
  for (const path of files) {
    try {
      const bytes = await readFile(path);
      const result = await ingestDocument(db, { bytes, source: path });
      documents.push(result);
      progress.onFile?.(path, result);
    } catch (error) {
      // A database that is down fails every file alike: stop and say so once.
      if (isTradeKgError(error) && error.code === "DATABASE_UNAVAILABLE") throw error;
      const reason = isTradeKgError(error)
        ? `${error.code}: ${error.message}`
        : (error as Error).message;
      const skip = { path, reason };
      skipped.push(skip);
      progress.onFile?.(path, skip);
    }
  }
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
