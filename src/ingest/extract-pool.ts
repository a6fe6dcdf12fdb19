/**
 * Extraction in worker threads, so extracting the next documents overlaps writing the last
 * ones and uses the other cores. Each job goes to the worker with the fewest in hand. With
 * no workers (size 0) jobs run in the calling thread, one at a time, as before.
 *
 * Under tsx (this file is .ts) a worker cannot load TypeScript by itself: it starts from a
 * small bootstrap that registers tsx's loader and then imports the .ts entry. Compiled (.js),
 * the worker starts from extract-worker.js directly.
 */

import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import {
  type Extraction,
  type ExtractJob,
  type ExtractOutcome,
  extractionOrThrow,
  runExtractJob,
} from "./extract-job.js";

export interface ExtractPool {
  /** The checked extraction and its text, or the error extraction gave (INPUT_UNREADABLE, …). */
  extract(job: ExtractJob): Promise<Extraction>;
  close(): Promise<void>;
}

/** One fewer than the cores (the database and the writer need one), at least 1, at most 4. */
export function defaultExtractWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

interface Pending {
  resolve(outcome: ExtractOutcome): void;
  reject(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

function spawnWorker(): Worker {
  const self = import.meta.url;
  if (!self.endsWith(".ts")) return new Worker(new URL("./extract-worker.js", self));
  const tsxDir = dirname(createRequire(self).resolve("tsx/package.json"));
  const tsxApi = pathToFileURL(join(tsxDir, "dist/esm/api/index.mjs")).href;
  const entry = new URL("./extract-worker.ts", self).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

function startWorker(): PoolWorker {
  const pending = new Map<number, Pending>();
  const worker = spawnWorker();
  worker.on("message", (message: { id: number; outcome: ExtractOutcome }) => {
    pending.get(message.id)?.resolve(message.outcome);
    pending.delete(message.id);
  });
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`extraction worker exited with code ${code}`)));
  return { worker, pending };
}

export function startExtractPool(size: number = defaultExtractWorkers()): ExtractPool {
  if (size < 1) {
    return {
      extract: async (job) => extractionOrThrow(runExtractJob(job)),
      close: async () => {},
    };
  }
  const workers = Array.from({ length: size }, startWorker);
  let nextId = 0;
  return {
    extract(job) {
      const least = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<ExtractOutcome>((resolve, reject) => {
        least.pending.set(id, { resolve, reject });
        least.worker.postMessage({ id, job });
      }).then(extractionOrThrow);
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
