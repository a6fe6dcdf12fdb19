/**
 * Writes a batch of extracted documents in one transaction and, if that fails for a reason
 * other than the database being down, writes them again one by one: one bad document is
 * skipped with its reason and the others are stored, each whole (documents.ts's transactions
 * commit all of a batch or none of it).
 */
import { isTradeKgError } from "../core/errors.js";
import type { Database } from "../graph/database.js";
import {
  type DocumentToWrite,
  type DocumentWriteResult,
  writeExtractedDocuments,
} from "../graph/documents.js";

export type WriteOutcome =
  | { ok: true; result: DocumentWriteResult }
  | { ok: false; reason: string };

/** Why a document failed, as a skipped file shows it. */
export function reasonOf(error: unknown): string {
  return isTradeKgError(error) ? `${error.code}: ${error.message}` : (error as Error).message;
}

/** A database that is down fails every document alike: the caller stops and says so once. */
export function isFatal(error: unknown): boolean {
  return isTradeKgError(error) && error.code === "DATABASE_UNAVAILABLE";
}

export async function writeBatchOrEach(
  db: Database,
  batch: readonly DocumentToWrite[],
  timeoutMs?: number,
): Promise<WriteOutcome[]> {
  try {
    const results = await writeExtractedDocuments(db, batch, { timeoutMs });
    return results.map((result) => ({ ok: true, result }));
  } catch (error) {
    if (isFatal(error)) throw error;
    if (batch.length === 1) return [{ ok: false, reason: reasonOf(error) }];
  }
  const outcomes: WriteOutcome[] = [];
  for (const item of batch) {
    try {
      const [result] = await writeExtractedDocuments(db, [item], { timeoutMs });
      outcomes.push({ ok: true, result });
    } catch (error) {
      if (isFatal(error)) throw error;
      outcomes.push({ ok: false, reason: reasonOf(error) });
    }
  }
  return outcomes;
}
