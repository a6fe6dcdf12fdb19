#!/usr/bin/env node
// The installed `trade-kg` command (and `npm start`): runs the compiled CLI in dist/ with plain
// node, in this same process so signals reach it directly. When a source is newer than the
// build (a developer edited src/ or data/), it brings the build up to date first, so it never
// runs stale code: the changed files are transpiled without a type check, as tsx would run
// them (scripts/dist-refresh.mjs); `npm run build` and `npm run typecheck` judge the types.
import { pathToFileURL } from "node:url";
import { ENTRY, staleReason } from "../scripts/dist-build.mjs";
import { refreshDist } from "../scripts/dist-refresh.mjs";

const reason = staleReason();
if (reason !== null) {
  // Notes go to a terminal only: stderr of a script is for the command's own messages.
  if (process.stderr.isTTY) process.stderr.write(`trade-kg: ${reason}; rebuilding it...\n`);
  const result = refreshDist();
  if (!result.ok) {
    process.stderr.write(result.output);
    process.stderr.write(
      `trade-kg: ${reason}, and rebuilding it failed (above); fix that, then run \`npm run build\`\n`,
    );
    process.exit(1);
  }
}
await import(pathToFileURL(ENTRY).href);
