// Bundles the browser pages the server serves offline, with esbuild, into dist/: GraphiQL
// (src/api/ide/graphiql-app.tsx → dist/ide/) and the explorer (src/explorer/main.tsx →
// dist/explorer/). Runs at `npm install` (the prepare script); each bundle is skipped when it
// is newer than its sources and package-lock.json (`--force` rebuilds both).
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lock = join(root, "package-lock.json");

/** Every file under a folder, at any depth. */
function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath ?? folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const BUNDLES = [
  {
    name: "ide",
    entry: join(root, "src/api/ide/graphiql-app.tsx"),
    sources: [join(root, "src/api/ide/graphiql-app.tsx")],
    outdir: join(root, "dist/ide"),
    output: "graphiql-app.js",
  },
  {
    name: "explorer",
    entry: join(root, "src/explorer/main.tsx"),
    sources: filesUnder(join(root, "src/explorer")),
    outdir: join(root, "dist/explorer"),
    output: "explorer.js",
  },
];

function upToDate(bundle) {
  const output = join(bundle.outdir, bundle.output);
  if (!existsSync(output) || process.argv.includes("--force")) return false;
  const built = statSync(output).mtimeMs;
  return [...bundle.sources, lock].filter(existsSync).every((p) => statSync(p).mtimeMs < built);
}

for (const bundle of BUNDLES) {
  if (!existsSync(bundle.entry)) {
    console.log(`${bundle.name}: no ${bundle.entry}, skipped`);
    continue;
  }
  if (upToDate(bundle)) {
    console.log(`${bundle.name}: ${bundle.outdir} is up to date`);
    continue;
  }
  await build({
    entryPoints: { [bundle.output.replace(/\.js$/, "")]: bundle.entry },
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2020"],
    outdir: bundle.outdir,
    loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl" },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
    legalComments: "linked",
    jsx: "automatic",
  });
  console.log(`${bundle.name}: built ${join(bundle.outdir, bundle.output)} and its .css`);
}
