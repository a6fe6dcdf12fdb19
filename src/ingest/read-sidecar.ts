/**
 * Reads the sidecar NAME.meta.json beside a document file, when there is one, and merges the
 * caller's own values over it.
 *
 * Why here and not in src/extract: the extractor is pure and takes metadata as an argument;
 * the CLI's `extract`, `ingest` and `start` read files, and all of them pick up sidecars the
 * same way, with no flag. A sidecar that cannot be read or is not valid fails its document
 * with METADATA_INVALID naming the file and field; the caller carries on with the others.
 */
import { readFile } from "node:fs/promises";
import { TradeKgError } from "../core/errors.js";
import { type DocumentMetaInput, mergeMetaInputs } from "../extract/metadata/meta-input.js";
import { parseSidecar, sidecarPathFor } from "../extract/metadata/sidecar.js";

/** What a caller states for every document it passes: flags or API arguments, checked. */
export type CallerMeta = Omit<DocumentMetaInput, "dateSource">;

/** The metadata of the document at `path`: the caller's values over its sidecar's. */
export async function metadataFor(
  path: string,
  caller: CallerMeta = {},
  /** how the sidecar is named in messages (a path relative to what was ingested) */
  label?: string,
): Promise<DocumentMetaInput> {
  const sidecar = sidecarPathFor(path);
  if (!sidecar) return mergeMetaInputs(caller, null);
  const named = label ? (sidecarPathFor(label) ?? sidecar) : sidecar;
  let json: string;
  try {
    json = await readFile(sidecar, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return mergeMetaInputs(caller, null);
    throw new TradeKgError("METADATA_INVALID", `${named}: cannot be read (${code ?? cause})`, {
      cause,
    });
  }
  return mergeMetaInputs(caller, parseSidecar(json, named));
}
