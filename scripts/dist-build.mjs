// The compiled CLI in dist/: what `npm start` and the `trade-kg` bin run with plain node.
// tsc (tsconfig.build.json) compiles src/ into a fresh folder that then replaces dist/src and
// dist/data by rename, so a process running the old build never sees a half-written one; a
// lock folder makes concurrent builds (two commands started at once) wait for each other;
// dist/.build-stamp, dated when its build started, is what "stale" is measured against.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
export const ENTRY = join(DIST, "src/cli/main.js");
const STAMP = join(DIST, ".build-stamp");
const LOCK = join(DIST, ".build-lock");
/** What tsc writes into dist/ (src/ compiled, data/*.json copied by its JSON imports). */
const OUTPUTS = ["src", "data"];
/** Inputs of the build; folders bundled by scripts/build-ide.mjs are not. */
const INPUT_DIRS = ["src", "data"];
const INPUT_FILES = ["tsconfig.json", "tsconfig.build.json"];
const NOT_COMPILED = ["src/api/ide", "src/explorer"];
const LOCK_WAIT_MS = 180_000;
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
/** tsc's exit status when it reported errors and wrote its output all the same. */
const EMITTED_WITH_ERRORS = 2;
const NO_THROW = { throwIfNoEntry: false };
export const CONFIG_FILES = INPUT_FILES;

/** Why dist/ must be rebuilt (a path newer than the last build, or no build), or null. */
export function staleReason() {
  if (!existsSync(ENTRY) || !existsSync(STAMP)) return "there is no build in dist/";
  const [newer] = inputsChangedSince(statSync(STAMP).mtimeMs, { first: true });
  return newer ? `${newer} is newer than the build in dist/` : null;
}

/** Input files modified after `ms`, relative to the root (with `first`, at most one). */
export function inputsChangedSince(ms, { first = false } = {}) {
  const found = INPUT_FILES.filter((file) => statSync(join(ROOT, file), NO_THROW)?.mtimeMs > ms);
  const stack = INPUT_DIRS.map((dir) => join(ROOT, dir)).filter(existsSync);
  while (stack.length > 0 && !(first && found.length > 0)) {
    const dir = stack.pop();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (NOT_COMPILED.includes(relative(ROOT, path))) continue;
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile() && statSync(path, NO_THROW)?.mtimeMs > ms) {
        found.push(relative(ROOT, path));
      }
    }
  }
  return first ? found.slice(0, 1) : found;
}

/** When the build in dist/ started, or null when there is none. */
export function builtAt() {
  return existsSync(ENTRY) ? (statSync(STAMP, NO_THROW)?.mtimeMs ?? null) : null;
}

/**
 * Compiles src/ into dist/. Returns { ok, output, built, typeErrors }: by default tsc's
 * diagnostics fail the build and leave the previous one in place; with `allowTypeErrors` the
 * JavaScript tsc still emits is used (as tsx would run it) and `typeErrors` says so.
 * `onlyIfStale` skips a fresh build, also one that another process finished meanwhile.
 */
export function buildDist({ onlyIfStale = false, allowTypeErrors = false } = {}) {
  if (!existsSync(TSC)) return typeScriptMissing();
  return withBuildLock(() => {
    if (onlyIfStale && staleReason() === null) {
      return { ok: true, output: "", built: false, typeErrors: false };
    }
    return compileAll(allowTypeErrors);
  });
}

export function typeScriptMissing() {
  const output = `TypeScript is not installed (${relative(ROOT, TSC)}): run npm install\n`;
  return { ok: false, output, built: false, typeErrors: false };
}

/** tsc over the whole of src/, into a fresh folder that then replaces dist/src and dist/data. */
export function compileAll(allowTypeErrors) {
  const startedAt = new Date();
  removeLeftovers();
  const next = join(DIST, `.next-${process.pid}`);
  const tsc = spawnSync(process.execPath, [TSC, "-p", "tsconfig.build.json", ...placing(next)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const output = `${tsc.stdout ?? ""}${tsc.stderr ?? ""}${tsc.error ? tsc.error.message : ""}`;
  const typeErrors = tsc.status === EMITTED_WITH_ERRORS;
  const emitted = tsc.status === 0 || (allowTypeErrors && typeErrors);
  if (!emitted || !existsSync(join(next, "src/cli/main.js"))) {
    rmSync(next, { recursive: true, force: true });
    return { ok: false, output, built: false, typeErrors };
  }
  swapInto(next);
  stampBuild(startedAt);
  return { ok: true, output, built: true, typeErrors };
}

/** Dates the build: stale is "changed since the build started", so an edit made during it counts. */
export function stampBuild(startedAt) {
  writeFileSync(STAMP, `${JSON.stringify({ startedAt: startedAt.toISOString() })}\n`);
  utimesSync(STAMP, startedAt, startedAt);
}

/** Runs `work` holding dist/.build-lock, so that one process builds at a time. */
export function withBuildLock(work) {
  mkdirSync(DIST, { recursive: true });
  const release = acquireLock();
  try {
    return work();
  } finally {
    release();
  }
}

/**
 * tsc's options that emit into `next`, a folder inside dist/ that is renamed into place
 * afterwards: source maps name their sources from the project root rather than relative to
 * where the maps were written, so they stay right after the move.
 */
function placing(next) {
  return ["--outDir", next, "--sourceRoot", `${pathToFileURL(ROOT).href}/`];
}

/** Replaces dist/src and dist/data by the freshly compiled ones. */
function swapInto(next) {
  for (const name of OUTPUTS) {
    const fresh = join(next, name);
    const current = join(DIST, name);
    const old = join(DIST, `.old-${process.pid}-${name}`);
    if (existsSync(current)) renameSync(current, old);
    if (existsSync(fresh)) renameSync(fresh, current);
    rmSync(old, { recursive: true, force: true });
  }
  rmSync(next, { recursive: true, force: true });
}

/** Folders of builds that were killed midway; only called with the lock held. */
function removeLeftovers() {
  for (const name of readdirSync(DIST)) {
    if (/^\.(next|old)-\d+/.test(name)) rmSync(join(DIST, name), { recursive: true, force: true });
  }
}

/** Takes dist/.build-lock, waiting while a live process holds it; returns its release. */
function acquireLock() {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    if (!lockHolderAlive()) rmSync(LOCK, { recursive: true, force: true });
    else if (Date.now() > deadline) {
      throw new Error(`expected the build lock ${LOCK} to be released, got it held for 3 minutes`);
    } else sleep(200);
  }
}

function lockHolderAlive() {
  let pid;
  try {
    pid = Number(readFileSync(join(LOCK, "pid"), "utf8"));
  } catch {
    // the holder has made the folder but not yet written its pid: give it time
    return statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs > Date.now() - 10_000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
