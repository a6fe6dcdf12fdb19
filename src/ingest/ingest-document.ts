/**
 * `ingestDocument`: one document's bytes become its part of the graph. Extraction is pure
 * and happens before the database is touched, so unreadable input (binary, invalid UTF-8,
 * empty, too large) fails with INPUT_UNREADABLE having written nothing. The API's mutation
 * comes through here; the CLI's `ingest` batches many documents (ingest-paths.ts); both
 * write through the same writer (graph/documents.ts), this one as a batch of one.
 */
import { TradeKgError } from "../core/errors.js";
import { documentIdOf } from "../core/ids.js";
import { EXTRACTOR_ID } from "../core/version.js";
import { extractDocumentAndText } from "../extract/extract-document.js";
import { type DocumentMetaInput, metaInputKey } from "../extract/metadata/meta-input.js";
import type { CallOptions, Database } from "../graph/database.js";
import {
  type DocumentRemoval,
  type DocumentWriteResult,
  deleteStoredDocument,
  type StoredDocumentVersion,
  storedVersionOf,
  unchangedResult,
  writeExtractedDocument,
} from "../graph/documents.js";
import { assertReferencesResolve } from "./check-references.js";

export { assertReferencesResolve } from "./check-references.js";

export interface DocumentInput {
  bytes: Uint8Array;
  /** Where the text came from: a path relative to what was ingested, or the API caller's name. */
  source: string;
  /** Date, URL and title from the caller or a sidecar (checked already). */
  meta?: DocumentMetaInput;
}

export async function ingestDocument(
  db: Database,
  input: DocumentInput,
  options: CallOptions = {},
): Promise<DocumentWriteResult> {
  // The same bytes and metadata already extracted by this extractor, text stored: nothing to
  // do. A changed sidecar or date changes the metadata key, and the document is extracted again.
  const documentId = documentIdOf(input.bytes);
  const metadataKey = metaInputKey(input.meta);
  const stored = await storedVersionOf(db, documentId, options);
  if (isCurrent(stored, metadataKey)) return unchangedResult(documentId);
  const { extracted, text } = extractDocumentAndText(input.bytes, input.source, input.meta);
  assertReferencesResolve(extracted);
  // the length in the unit of the offsets (UTF-16 code units), not the input's bytes
  return writeExtractedDocument(db, extracted, {
    ...options,
    text,
    textLength: text.length,
    metadataKey,
  });
}

/**
 * Whether a stored version needs no new extraction: this extractor, the same caller metadata,
 * and its text stored (documents written before texts were kept are extracted again).
 */
export function isCurrent(
  stored: StoredDocumentVersion | null | undefined,
  metadataKey: string | null,
): boolean {
  return stored?.extractor === EXTRACTOR_ID && stored.metadataKey === metadataKey && stored.hasText;
}

/** Removes a stored document and what only it stated; NOT_FOUND when there is no such document. */
export async function deleteDocument(
  db: Database,
  documentId: string,
  options: CallOptions = {},
): Promise<DocumentRemoval> {
  const removal = await deleteStoredDocument(db, documentId, options);
  if (!removal) {
    throw new TradeKgError(
      "NOT_FOUND",
      `no document with id ${JSON.stringify(documentId)} is stored; \`documents\` lists them`,
    );
  }
  return removal;
}
