/**
 * A sidecar file NAME.meta.json beside NAME.txt / NAME.html / NAME.md: the date, URL and title
 * of a saved page, e.g. {"url": "https://…", "date": "2023-05-09", "title": "…"}.
 *
 * Why a sidecar: a page saved as text loses the metadata its HTML carried, and most articles
 * state their date nowhere in the text. The CLI and ingestion read the file; this module only
 * names it and checks its parsed content (unknown keys such as notes are ignored), so a bad
 * sidecar is refused with the file and the field named before its document is extracted.
 */
import { TradeKgError } from "../../core/errors.js";
import { checkMetaFields, type DocumentMetaInput } from "./meta-input.js";

/** The extensions a sidecar can sit beside. */
const WITH_SIDECAR = /\.(txt|text|md|html|htm)$/i;

/** NAME.meta.json for NAME.txt (and the other document extensions), else null. */
export function sidecarPathFor(documentPath: string): string | null {
  return WITH_SIDECAR.test(documentPath) ? documentPath.replace(WITH_SIDECAR, ".meta.json") : null;
}

/** The sidecar's text → the metadata it states, dated SIDECAR; throws METADATA_INVALID. */
export function parseSidecar(json: string, file: string, now?: Date): DocumentMetaInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (cause) {
    throw new TradeKgError(
      "METADATA_INVALID",
      `${file}: not JSON (${(cause as Error).message}); expected an object such as {"date": "YYYY-MM-DD", "url": "https://…", "title": "…"}`,
      { cause },
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    const kind = Array.isArray(parsed) ? "an array" : JSON.stringify(parsed).slice(0, 80);
    throw new TradeKgError(
      "METADATA_INVALID",
      `${file}: expected a JSON object with date, url or title, got ${kind}`,
    );
  }
  const fields = checkMetaFields(parsed as Record<string, unknown>, { where: file, now });
  return fields.date ? { ...fields, dateSource: "SIDECAR" } : fields;
}
