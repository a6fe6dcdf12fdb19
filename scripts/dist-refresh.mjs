// The quick way to bring dist/ up to date when a developer has edited a few sources: what the
// `trade-kg` bin (and so `npm start`) does before it runs. Each source changed since the last
// build is transpiled alone with TypeScript's transpileModule (no type check: the code runs
// as tsx would run it; `npm run build` and `npm run typecheck` judge the types), each changed
// data file is copied; a missing build or a changed tsconfig takes the full tsc build. Each
// file is written beside its place and renamed into it, so a process starting meanwhile reads
// either the old file or the new one.
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  builtAt,
  CONFIG_FILES,
  compileAll,
  inputsChangedSince,
  ROOT,
  stampBuild,
  typeScriptMissing,
  withBuildLock,
} from "./dist-build.mjs";

/** Returns { ok, output, built, typeErrors } like buildDist. */
export function refreshDist() {
  const require = createRequire(join(ROOT, "package.json"));
  let ts;
  try {
    ts = require("typescript");
  } catch {
    return typeScriptMissing();
  }
  return withBuildLock(() => {
    const since = builtAt();
    if (since === null) return compileAll(true);
    const changed = inputsChangedSince(since);
    if (changed.length === 0) return { ok: true, output: "", built: false, typeErrors: false };
    if (changed.some((path) => CONFIG_FILES.includes(path))) return compileAll(true);
    const startedAt = new Date();
    const options = compilerOptions(ts);
    for (const path of changed) refreshOne(ts, options, path);
    stampBuild(startedAt);
    return { ok: true, output: "", built: true, typeErrors: false };
  });
}

/** The build's compiler options for one file transpiled alone (also the bench's, for a baseline). */
export function compilerOptions(ts) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, "tsconfig.build.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(
          `tsconfig.build.json: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
        );
      },
    },
  );
  return {
    ...parsed.options,
    // NodeNext would emit CommonJS for a file transpiled alone (it cannot see package.json's
    // "type": "module"); the full build emits ES modules, and so does this.
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    // Source maps name their sources from the project root, as the full build's do.
    sourceRoot: `${pathToFileURL(ROOT).href}/`,
  };
}

/** Transpiles one changed source into dist/, or copies one changed data file. */
function refreshOne(ts, compilerOptions, path) {
  if (/^src\/.*\.ts$/.test(path) && !path.endsWith(".d.ts")) {
    const fileName = join(ROOT, path);
    const out = ts.transpileModule(readFileSync(fileName, "utf8"), { compilerOptions, fileName });
    const target = join(ROOT, "dist", path.replace(/\.ts$/, ".js"));
    writeInPlace(target, out.outputText);
    if (out.sourceMapText) writeInPlace(`${target}.map`, out.sourceMapText);
  } else if (/^data\/.*\.json$/.test(path)) {
    const target = join(ROOT, "dist", path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(ROOT, path), `${target}.${process.pid}`);
    renameSync(`${target}.${process.pid}`, target);
  }
}

function writeInPlace(target, text) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.${process.pid}`, text);
  renameSync(`${target}.${process.pid}`, target);
}
