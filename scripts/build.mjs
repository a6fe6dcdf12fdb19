// `npm run build` (and the end of `npm install`, through `prepare`): compiles src/ into dist/
// for `npm start` and the `trade-kg` bin. With --if-stale it does nothing when dist/ is newer
// than every source. tsc's diagnostics go to stderr; any of them fails the build.
import { buildDist, staleReason } from "./dist-build.mjs";

const onlyIfStale = process.argv.includes("--if-stale");
const reason = staleReason();
if (onlyIfStale && reason === null) {
  console.log("build: dist/ is up to date");
} else {
  const result = buildDist({ onlyIfStale });
  if (!result.ok) {
    process.stderr.write(result.output);
    process.stderr.write("build: tsc failed (above); dist/ keeps its previous build\n");
    process.exit(1);
  }
  console.log(
    result.built
      ? `build: compiled src/ into dist/ (${reason ?? "forced"})`
      : "build: dist/ is up to date",
  );
}
