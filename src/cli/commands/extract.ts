/**
 * `trade-kg extract FILE...`: one contract JSON object per line on stdout, per file, in order.
 *
 * Why the file handling lives here and not in src/extract: extraction is pure; this command
 * reads the files, refuses what cannot be read with a message naming the file (stderr),
 * carries on with the other files, and ends with a non-zero exit code if any file failed.
 * A failed file prints nothing on stdout, so every stdout line is a whole document.
 * `--date/--url/--title` and a sidecar NAME.meta.json beside each file give its date, URL and
 * title (read-sidecar.ts); a bad sidecar fails its file with METADATA_INVALID.
 */
import { readFileSync, statSync } from "node:fs";
import type { Command } from "commander";
import { ERROR_CODES, isTradeKgError, TradeKgError } from "../../core/errors.js";
import { MAX_INPUT_BYTES } from "../../extract/decode.js";
import { extractDocument } from "../../extract/extract-document.js";
import { metadataFor } from "../../ingest/read-sidecar.js";
import { addMetadataOptions, callerMetaOf, type MetadataFlags } from "./metadata-options.js";

export function registerExtractCommand(program: Command): void {
  addMetadataOptions(
    program
      .command("extract")
      .description("print the contract JSON (one line per document) for each FILE")
      .argument("<files...>", "UTF-8 text or HTML files"),
  ).action(async (files: string[], flags: MetadataFlags) => {
    const caller = callerMetaOf(flags);
    let failed = 0;
    for (const file of files) {
      try {
        const meta = await metadataFor(file, caller);
        const line = JSON.stringify(extractDocument(readInput(file), file, meta));
        process.stdout.write(`${line}\n`);
      } catch (error) {
        if (!isTradeKgError(error)) throw error;
        failed++;
        process.stderr.write(`error ${error.code}: ${error.message}\n`);
      }
    }
    if (failed > 0) process.exitCode = ERROR_CODES.INPUT_UNREADABLE.exitCode;
  });
}

function readInput(file: string): Uint8Array {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new TradeKgError("INPUT_UNREADABLE", `${file}: not a regular file`);
    size = st.size;
  } catch (cause) {
    if (isTradeKgError(cause)) throw cause;
    throw new TradeKgError(
      "INPUT_UNREADABLE",
      `${file}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
      { cause },
    );
  }
  if (size > MAX_INPUT_BYTES) {
    throw new TradeKgError(
      "INPUT_UNREADABLE",
      `${file}: the file is ${size} bytes, over the ${MAX_INPUT_BYTES}-byte limit; split it into documents`,
    );
  }
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new TradeKgError(
      "INPUT_UNREADABLE",
      `${file}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
      { cause },
    );
  }
}
