#!/usr/bin/env node
// The installed `trade-kg` command (and `npm start`): runs the compiled CLI in dist/ with plain
// node, in this same process so signals reach it directly. When a source is newer than the
// build (a developer edited src/ or data/), it rebuilds first, so it never runs stale code.
// Like tsx before it, that rebuild runs code with type errors (`npm run build` and
// `npm run typecheck` refuse it); it stops only when tsc emits nothing to run.
import { pathToFileURL } from "node:url";
import { buildDist, ENTRY, staleReason } from "../scripts/dist-build.mjs";

const reason = staleReason();
if (reason !== null) {
  // Notes go to a terminal only: stderr of a script is for the command's own messages.
  const note = (line) => process.stderr.isTTY && process.stderr.write(`trade-kg: ${line}\n`);
  note(`${reason}; rebuilding it...`);
  const result = buildDist({ onlyIfStale: true, allowTypeErrors: true });
  if (!result.ok) {
    process.stderr.write(result.output);
    process.stderr.write(
      `trade-kg: ${reason}, and rebuilding it failed (above); fix that, then run \`npm run build\`\n`,
    );
    process.exit(1);
  }
  if (result.typeErrors) note("built with type errors: `npm run typecheck` lists them");
}
await import(pathToFileURL(ENTRY).href);
