/**
 * The files a list of paths names: files as given, folders expanded to their text-like files
 * (recursively, in name order, so runs are repeatable). Each file's source is its path
 * relative to the folder named (or the file's own name when a file is named): the graph and
 * every answer built from it show `file.txt` or `sub/file.txt`, never a path on the server.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative, sep } from "node:path";

export const DOCUMENT_EXTENSIONS = new Set([".txt", ".text", ".md", ".html", ".htm"]);

export interface SkippedFile {
  path: string;
  reason: string;
}

/** A file to ingest and the name it is stored under. */
export interface DocumentFile {
  path: string;
  /** relative to the folder named, or the file's name: what `Document.source` stores */
  source: string;
}

/** Missing paths are skipped with their reason. */
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
