/**
 * One extraction as the pool runs it, in a worker or in the calling thread alike: the
 * document's bytes, source and metadata in, the checked extraction or the error out. Errors
 * cross the thread boundary as their code and message (a structured clone drops the class),
 * and become the same TradeKgError on the other side.
 */
import type { ExtractedDocument } from "../core/contract.js";
import { type ErrorCode, isTradeKgError, TradeKgError } from "../core/errors.js";
import { extractDocument } from "../extract/extract-document.js";
import type { DocumentMetaInput } from "../extract/metadata/meta-input.js";
import { assertReferencesResolve } from "./check-references.js";

export interface ExtractJob {
  bytes: Uint8Array;
  source: string;
  meta?: DocumentMetaInput;
}

export type ExtractOutcome =
  | { ok: true; extracted: ExtractedDocument }
  | { ok: false; code: ErrorCode | null; message: string };

export function runExtractJob(job: ExtractJob): ExtractOutcome {
  try {
    const extracted = extractDocument(job.bytes, job.source, job.meta);
    assertReferencesResolve(extracted);
    return { ok: true, extracted };
  } catch (error) {
    return isTradeKgError(error)
      ? { ok: false, code: error.code, message: error.message }
      : { ok: false, code: null, message: (error as Error).message };
  }
}

export function extractedOrThrow(outcome: ExtractOutcome): ExtractedDocument {
  if (outcome.ok) return outcome.extracted;
  if (outcome.code) throw new TradeKgError(outcome.code, outcome.message);
  throw new Error(outcome.message);
}
