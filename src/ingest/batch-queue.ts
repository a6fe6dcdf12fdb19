/**
 * The ordered queue between extraction and writing. Documents are added in file order with
 * their extraction still running; one writer loop takes, each time, every document at the
 * head of the queue whose extraction is done (up to a batch's limits) and writes them in one
 * transaction (write-batch.ts). While a batch is written the next ones are extracted, so the
 * batches grow to what the database can take, and the first document is written as soon as
 * it is extracted. Writing in file order keeps "the later file of the same source wins".
 *
 * A batch never holds two documents with the same id or source: the second waits for the
 * next batch, so it meets the first as a stored document, as it would one file at a time.
 */

import type { Database } from "../graph/database.js";
import type { DocumentToWrite, DocumentWriteResult } from "../graph/documents.js";
import { reasonOf, writeBatchOrEach } from "./write-batch.js";

export interface BatchLimits {
  /** documents in one transaction */
  maxDocuments: number;
  /** mentions, trade facts and policy links in one transaction */
  maxRows: number;
  /** documents extracted or being extracted ahead of the writer */
  maxAhead: number;
  /** each batch transaction's timeout */
  timeoutMs?: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = {
  maxDocuments: 250,
  maxRows: 10_000,
  maxAhead: 1_000,
};

export type QueueOutcome =
  | { ok: true; result: DocumentWriteResult }
  | { ok: false; reason: string };

interface Entry {
  tag: number;
  settled: boolean;
  item?: DocumentToWrite;
  error?: unknown;
  done: Promise<void>;
}

export class BatchQueue {
  private readonly entries: Entry[] = [];
  private wake: (() => void) | null = null;
  private drained: (() => void) | null = null;
  private closed = false;
  private fatal: unknown = null;
  private readonly loop: Promise<void>;

  constructor(
    private readonly db: Database,
    private readonly limits: BatchLimits,
    private readonly onOutcome: (tag: number, outcome: QueueOutcome) => void,
  ) {
    this.loop = this.run().catch((error) => {
      this.fatal = error;
      this.drained?.();
    });
  }

  /** Queues a document whose extraction is under way; `tag` comes back with its outcome. */
  add(tag: number, extraction: Promise<DocumentToWrite>): void {
    const entry: Entry = { tag, settled: false, done: Promise.resolve() };
    entry.done = extraction
      .then(
        (item) => {
          entry.item = item;
        },
        (error) => {
          entry.error = error;
        },
      )
      .finally(() => {
        entry.settled = true;
        this.wake?.();
      });
    this.entries.push(entry);
    this.wake?.();
  }

  /** Waits while too many documents are ahead of the writer; throws what stopped it. */
  async room(): Promise<void> {
    while (this.entries.length >= this.limits.maxAhead && this.fatal === null)
      await new Promise<void>((resolve) => {
        this.drained = resolve;
      });
    if (this.fatal !== null) throw this.fatal;
  }

  /** Writes what is queued, then returns; throws what stopped the writer. */
  async finish(): Promise<void> {
    this.closed = true;
    this.wake?.();
    await this.loop;
    if (this.fatal !== null) throw this.fatal;
  }

  private async run(): Promise<void> {
    for (;;) {
      const head = this.entries[0];
      if (!head) {
        if (this.closed) return;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
        continue;
      }
      await head.done;
      const batch = this.takeBatch();
      if (batch.length === 0) continue;
      const outcomes = await writeBatchOrEach(
        this.db,
        batch.map((e) => e.item as DocumentToWrite),
        this.limits.timeoutMs,
      );
      for (const [i, entry] of batch.entries()) this.onOutcome(entry.tag, outcomes[i]);
      this.drained?.();
    }
  }

  /** The settled entries at the head within the limits; failed extractions reported on the way. */
  private takeBatch(): Entry[] {
    const batch: Entry[] = [];
    const ids = new Set<string>();
    const sources = new Set<string>();
    let rows = 0;
    while (this.entries.length > 0 && this.entries[0].settled) {
      const entry = this.entries[0];
      if (entry.error !== undefined) {
        this.entries.shift();
        this.onOutcome(entry.tag, { ok: false, reason: reasonOf(entry.error) });
        continue;
      }
      const { extracted } = entry.item as DocumentToWrite;
      const size =
        extracted.entities.length + extracted.tradeFacts.length + extracted.policyFacts.length;
      const full =
        batch.length >= this.limits.maxDocuments ||
        (batch.length > 0 && rows + size > this.limits.maxRows);
      if (full || ids.has(extracted.document.id) || sources.has(extracted.document.source)) break;
      ids.add(extracted.document.id);
      sources.add(extracted.document.source);
      rows += size;
      batch.push(entry);
      this.entries.shift();
    }
    return batch;
  }
}
