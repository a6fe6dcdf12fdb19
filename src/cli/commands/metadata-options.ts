/**
 * `--date YYYY-MM-DD`, `--url U`, `--title T` on `extract` and `ingest`: what the user states
 * about the documents, the most trusted source of their date (CALLER). Checked once, before
 * any file is read, with the same rules as a sidecar's fields.
 */
import type { Command } from "commander";
import { checkMetaFields } from "../../extract/metadata/meta-input.js";
import type { CallerMeta } from "../../ingest/read-sidecar.js";

export interface MetadataFlags {
  date?: string;
  url?: string;
  title?: string;
}

export function addMetadataOptions(command: Command): Command {
  return command
    .option("--date <YYYY-MM-DD>", "the documents' date (wins over sidecars, pages and text)")
    .option("--url <url>", "where the documents were published")
    .option("--title <title>", "the documents' title");
}

/** The flags as caller metadata; throws METADATA_INVALID naming the flag. */
export function callerMetaOf(flags: MetadataFlags): CallerMeta {
  return checkMetaFields(
    { date: flags.date, url: flags.url, title: flags.title },
    { where: "the command line", fieldLabel: (field) => `--${field}` },
  );
}
