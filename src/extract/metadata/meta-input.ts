/**
 * What a caller knows about a document before it is read: its date, URL and title, from the
 * command line or the API (CALLER) or from a sidecar file NAME.meta.json (SIDECAR).
 *
 * Why validated here, in the pure extractor: the CLI, ingestion and the API all pass such
 * values, and all of them must refuse the same bad input the same way ("expected X, got Y",
 * naming where the value came from and the field), before anything is extracted or written.
 */
import type { DateSource } from "../../core/contract.js";
import { type ErrorCode, expectedGot, TradeKgError } from "../../core/errors.js";
import { isoDay, latestDocumentDay } from "./dates.js";

export interface DocumentMetaInput {
  /** YYYY-MM-DD, a real day, not in the future */
  date?: string;
  /** where the document was published: an absolute http(s) URL */
  url?: string;
  title?: string;
  /** where `date` came from: CALLER (the default) or SIDECAR */
  dateSource?: Extract<DateSource, "CALLER" | "SIDECAR">;
}

export interface MetaCheck {
  /** names the input in messages: a sidecar file, "the command line", "ingestDocument" */
  where: string;
  /** how a field is named after `where`; default "field date" (flags say "--date") */
  fieldLabel?: (field: string) => string;
  /** METADATA_INVALID for files and flags; the API answers BAD_USER_INPUT */
  code?: ErrorCode;
  /** the clock, for the future-date check; tests fix it */
  now?: Date;
}

const ISO_DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The fields of `raw` checked and kept (unknown keys ignored); throws on the first bad one. */
export function checkMetaFields(
  raw: Record<string, unknown>,
  check: MetaCheck,
): Omit<DocumentMetaInput, "dateSource"> {
  const out: Omit<DocumentMetaInput, "dateSource"> = {};
  const fail = (field: string, expected: string, got: unknown) =>
    new TradeKgError(
      check.code ?? "METADATA_INVALID",
      expectedGot(
        `${check.where}: ${check.fieldLabel ? check.fieldLabel(field) : `field ${field}`}`,
        expected,
        got,
      ),
    );
  if (raw.date !== undefined && raw.date !== null) {
    const shape = typeof raw.date === "string" ? ISO_DAY_SHAPE.exec(raw.date) : null;
    if (!shape) throw fail("date", "a date written YYYY-MM-DD", raw.date);
    const day = isoDay(Number(shape[1]), Number(shape[2]), Number(shape[3]));
    if (!day) throw fail("date", "a real calendar day", raw.date);
    const latest = latestDocumentDay(check.now ?? new Date());
    if (day > latest) throw fail("date", `a day no later than ${latest}, not in the future`, day);
    out.date = day;
  }
  if (raw.url !== undefined && raw.url !== null) {
    if (typeof raw.url !== "string" || !isWebUrl(raw.url))
      throw fail("url", "an absolute http(s) URL", raw.url);
    out.url = raw.url;
  }
  if (raw.title !== undefined && raw.title !== null) {
    if (typeof raw.title !== "string" || raw.title.trim() === "" || raw.title.length > 1000)
      throw fail("title", "a non-empty string of at most 1000 characters", raw.title);
    out.title = raw.title.replace(/\s+/g, " ").trim();
  }
  return out;
}

function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/** The caller's values win field by field over the sidecar's. */
export function mergeMetaInputs(
  caller: Omit<DocumentMetaInput, "dateSource">,
  sidecar: Omit<DocumentMetaInput, "dateSource"> | null,
): DocumentMetaInput {
  const merged: DocumentMetaInput = { ...(sidecar ?? {}), ...dropUndefined(caller) };
  if (caller.date) merged.dateSource = "CALLER";
  else if (sidecar?.date) merged.dateSource = "SIDECAR";
  return merged;
}

/**
 * A stable key of what the caller stated, stored with the document: a changed sidecar or flag
 * changes it, and the document is extracted again though its text (and id) is the same.
 * null when nothing was stated.
 */
export function metaInputKey(meta: DocumentMetaInput | undefined): string | null {
  if (!meta || (meta.date === undefined && meta.url === undefined && meta.title === undefined))
    return null;
  return JSON.stringify({
    date: meta.date ?? null,
    dateSource: meta.date ? (meta.dateSource ?? "CALLER") : null,
    url: meta.url ?? null,
    title: meta.title ?? null,
  });
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
