// Bundles the GraphiQL IDE (src/api/ide/graphiql-app.tsx) into dist/ide/ with esbuild, so the
// server can serve it offline. Runs at `npm install` (the prepare script) and is skipped when
// the bundle is newer than its entry and package-lock.json.
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "src/api/ide/graphiql-app.tsx");
const outdir = join(root, "dist/ide");
const bundle = join(outdir, "graphiql-app.js");
const inputs = [entry, join(root, "package-lock.json")].filter(existsSync);

if (
  existsSync(bundle) &&
  inputs.every((path) => statSync(path).mtimeMs < statSync(bundle).mtimeMs) &&
  !process.argv.includes("--force")
) {
  console.log("ide: dist/ide is up to date");
} else {
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2020"],
    outdir,
    loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl" },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
    legalComments: "linked",
  });
  console.log("ide: built dist/ide/graphiql-app.js and .css");
}
