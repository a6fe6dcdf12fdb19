/**
 * `trade-kg ingest PATH...`: files and folders become documents, one transaction each. A file
 * that cannot be read or extracted is skipped with its reason and the rest go on; the caller
 * turns skips into a non-zero exit. Folders contribute their text-like files (recursively,
 * in name order, so runs are repeatable).
 *
 * Each document's source is its path relative to the folder named (or the file's own name
 * when a file is named): the graph and every answer built from it show `file.txt` or
 * `sub/file.txt`, never a path on the server. A sidecar NAME.meta.json beside a file gives its
 * date, URL and title (read-sidecar.ts); the caller's flags win over it.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative, sep } from "node:path";
import { isTradeKgError } from "../core/errors.js";
import type { Database } from "../graph/database.js";
import type { DocumentWriteResult } from "../graph/documents.js";
import { ingestDocument } from "./ingest-document.js";
import { type CallerMeta, metadataFor } from "./read-sidecar.js";

export const DOCUMENT_EXTENSIONS = new Set([".txt", ".text", ".md", ".html", ".htm"]);

export interface SkippedFile {
  path: string;
  reason: string;
}

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

/** A file to ingest and the name it is stored under. */
export interface DocumentFile {
  path: string;
  /** relative to the folder named, or the file's name: what `Document.source` stores */
  source: string;
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
): Promise<{ files: DocumentFile[]; skipped: SkippedFile[] }> {
  const files: DocumentFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) skipped.push({ path, reason: "no such file or folder" });
    else if (info.isDirectory())
      for (const file of await filesUnder(path))
        files.push({ path: file, source: relative(path, file).split(sep).join("/") });
    else files.push({ path, source: basename(path) });
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
  /** --date / --url / --title: stated for every file, over its sidecar */
  caller: CallerMeta = {},
): Promise<IngestSummary> {
  const { files, skipped } = await documentFiles(paths);
  progress.onStart?.(files.length);
  const documents: IngestedFile[] = [];
  for (const { path, source } of files) {
    try {
      const meta = await metadataFor(path, caller, source);
      const bytes = await readFile(path);
      const result = await ingestDocument(db, { bytes, source, meta });
      documents.push({ path, ...result });
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
