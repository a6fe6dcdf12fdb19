/**
 * Id rules of the extraction contract that more than one layer needs. A document's id is a
 * hash of its bytes, so ingestion can tell "already stored" before extracting anything.
 */
import { createHash } from "node:crypto";

/** "doc:" + the first 16 hex digits of sha256(file bytes). */
export function documentIdOf(bytes: Uint8Array): string {
  return `doc:${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`;
}

export const DOCUMENT_ID_PATTERN = /^doc:[0-9a-f]{16}$/;
export const ENTITY_ID_PATTERN = /^(country|region|zone|commodity|agency|measure):[A-Za-z0-9-]+$/;
