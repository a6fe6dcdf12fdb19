/**
 * One extraction as the pool runs it, in a worker or in the calling thread alike: the
 * document's bytes, source and metadata in, the checked extraction and the text its offsets
 * index (stored beside the document) or the error out. Errors cross the thread boundary as
 * their code and message (a structured clone drops the class), and become the same
 * TradeKgError on the other side.
 */
import type { ExtractedDocument } from "../core/contract.js";
import { type ErrorCode, isTradeKgError, TradeKgError } from "../core/errors.js";
import { extractDocumentAndText } from "../extract/extract-document.js";
import type { DocumentMetaInput } from "../extract/metadata/meta-input.js";
import { assertReferencesResolve } from "./check-references.js";

export interface ExtractJob {
  bytes: Uint8Array;
  source: string;
  meta?: DocumentMetaInput;
}

/** A checked extraction and the decoded text its offsets index. */
export interface Extraction {
  extracted: ExtractedDocument;
  text: string;
}

export type ExtractOutcome =
  | ({ ok: true } & Extraction)
  | { ok: false; code: ErrorCode | null; message: string };

export function runExtractJob(job: ExtractJob): ExtractOutcome {
  try {
    const { extracted, text } = extractDocumentAndText(job.bytes, job.source, job.meta);
    assertReferencesResolve(extracted);
    return { ok: true, extracted, text };
  } catch (error) {
    return isTradeKgError(error)
      ? { ok: false, code: error.code, message: error.message }
      : { ok: false, code: null, message: (error as Error).message };
  }
}

export function extractionOrThrow(outcome: ExtractOutcome): Extraction {
  if (outcome.ok) return { extracted: outcome.extracted, text: outcome.text };
  if (outcome.code) throw new TradeKgError(outcome.code, outcome.message);
  throw new Error(outcome.message);
}
