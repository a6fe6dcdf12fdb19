/**
 * The extractor as production runs it: compiled JavaScript (dist/), not the sources through tsx.
 *
 * Why: `npm start`, the `trade-kg` bin and the ingestion workers run dist/, built by tsc; tsx
 * transpiles with esbuild's keep-names, which wraps every named inner function in a call made
 * each time the function is created, so a bench on the sources measures a runtime nobody runs.
 * The working tree's extractor is dist/ brought up to date the way the bin does it; a
 * baseline commit's is its sources transpiled file by file with the same compiler options
 * (TypeScript's transpileModule, as scripts/dist-refresh.mjs does) into a temporary copy.
 */
import { execSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { extractDocument } from "../src/extract/extract-document.js";

export type Extract = typeof extractDocument;

const ROOT = resolve(import.meta.dirname, "..");
const ENTRY = "dist/src/extract/extract-document.js";

/** The working tree's compiled extractor (dist/ refreshed first, as the bin does). */
export async function compiledExtractor(): Promise<Extract> {
  const { refreshDist } = await distRefresh();
  const built = refreshDist();
  if (!built.ok) throw new Error(`expected dist/ to build, got: ${built.output}`);
  return importExtract(join(ROOT, ENTRY));
}

/** Commit `rev`'s extractor, compiled into a temporary copy; `dir` is to be removed after. */
export async function compiledExtractorAt(
  rev: string,
): Promise<{ extract: Extract; commit: string; dir: string }> {
  const commit = execSync(`git rev-parse --short ${rev}`, { cwd: ROOT, encoding: "utf8" }).trim();
  const dir = mkdtempSync(join(tmpdir(), "extract-baseline-"));
  execSync(`git archive ${commit} src data package.json tsconfig.json | tar -x -C ${dir}`, {
    cwd: ROOT,
  });
  symlinkSync(resolve(ROOT, "node_modules"), join(dir, "node_modules"));
  transpileTree(join(dir, "src"), dir, (await distRefresh()).compilerOptions);
  // JSON is imported relative to the module, so the build holds its own copy of data/
  cpSync(join(dir, "data"), join(dir, "dist/data"), { recursive: true });
  return { extract: await importExtract(join(dir, ENTRY)), commit, dir };
}

/** scripts/dist-refresh.mjs, which the bin runs: the refresh, and the options it transpiles with */
async function distRefresh() {
  return (await import(pathToFileURL(join(ROOT, "scripts/dist-refresh.mjs")).href)) as {
    refreshDist: () => { ok: boolean; output: string };
    compilerOptions: (ts: typeof import("typescript")) => import("typescript").CompilerOptions;
  };
}

async function importExtract(file: string): Promise<Extract> {
  const mod = (await import(pathToFileURL(file).href)) as { extractDocument: Extract };
  return mod.extractDocument;
}

/** Every .ts under `src` → `root/dist/src/….js`, with the build's compiler options. */
function transpileTree(
  src: string,
  root: string,
  buildOptions: (ts: typeof import("typescript")) => import("typescript").CompilerOptions,
): void {
  const require = createRequire(join(ROOT, "package.json"));
  const ts = require("typescript") as typeof import("typescript");
  const compilerOptions = { ...buildOptions(ts), sourceMap: false };
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !file.endsWith(".ts") || file.endsWith(".d.ts")) continue;
    const out = ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions, fileName: file });
    const target = join(root, "dist", relative(root, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.outputText);
  }
}
