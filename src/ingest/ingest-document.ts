/**
 * `ingestDocument`: one document's bytes become its part of the graph. Extraction is pure
 * and happens before the database is touched, so unreadable input (binary, invalid UTF-8,
 * empty, too large) fails with INPUT_UNREADABLE having written nothing. The CLI's `ingest`
 * and the API's mutation both come through here.
 */
import type { ExtractedDocument } from "../core/contract.js";
import { TradeKgError } from "../core/errors.js";
import { documentIdOf } from "../core/ids.js";
import { EXTRACTOR_ID } from "../core/version.js";
import { extractDocument } from "../extract/extract-document.js";
import { type DocumentMetaInput, metaInputKey } from "../extract/metadata/meta-input.js";
import type { CallOptions, Database } from "../graph/database.js";
import {
  type DocumentRemoval,
  type DocumentWriteResult,
  deleteStoredDocument,
  storedVersionOf,
  writeExtractedDocument,
} from "../graph/documents.js";

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
  // The same bytes and metadata already extracted by this extractor: nothing to do. A changed
  // sidecar or date changes the metadata key, and the document is extracted again.
  const documentId = documentIdOf(input.bytes);
  const metadataKey = metaInputKey(input.meta);
  const stored = await storedVersionOf(db, documentId, options);
  if (stored?.extractor === EXTRACTOR_ID && stored.metadataKey === metadataKey) {
    return {
      documentId,
      status: "unchanged",
      replaced: [],
      entities: 0,
      tradeFacts: 0,
      policyLinks: 0,
    };
  }
  const extracted = extractDocument(input.bytes, input.source, input.meta);
  assertReferencesResolve(extracted);
  return writeExtractedDocument(db, extracted, {
    ...options,
    textLength: input.bytes.length,
    metadataKey,
  });
}

/**
 * Every fact must point at entities the document lists; a dangling id would silently drop a
 * REPORTER or a policy link in Cypher's MATCH, so it is refused here, before writing.
 */
export function assertReferencesResolve(extracted: ExtractedDocument): void {
  const known = new Set(extracted.entities.map((e) => e.id));
  const missing = new Set<string>();
  for (const fact of extracted.tradeFacts) {
    for (const id of [fact.reporter, fact.partner, fact.commodity])
      if (id && !known.has(id)) missing.add(id);
  }
  for (const link of extracted.policyFacts) {
    for (const id of [link.subject, link.object]) if (!known.has(id)) missing.add(id);
  }
  if (missing.size > 0) {
    throw new TradeKgError(
      "INTERNAL_SERVER_ERROR",
      `extraction of ${extracted.document.source} refers to entities it does not list: ${[...missing].slice(0, 5).join(", ")}`,
    );
  }
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
