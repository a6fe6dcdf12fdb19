/**
 * Ingest progress on stderr. On a terminal: a cli-progress bar with the rate and an ETA. In a
 * log or a pipe: one plain line every N documents (and after the last), so a long run shows
 * it is alive without drawing escape codes into a file.
 */
import { SingleBar } from "cli-progress";
import type { IngestProgress } from "../ingest/ingest-paths.js";

export interface ProgressReporter extends IngestProgress {
  stop(): void;
}

function rate(done: number, startedAt: number): number {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? done / seconds : 0;
}

function terminalBar(stream: NodeJS.WriteStream): ProgressReporter {
  const bar = new SingleBar({
    stream,
    format: "ingest [{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {file}",
    hideCursor: true,
    etaBuffer: 20,
  });
  let startedAt = Date.now();
  let done = 0;
  return {
    onStart(total) {
      startedAt = Date.now();
      bar.start(total, 0, { file: "", rate: "0.0" });
    },
    onFile(path) {
      done += 1;
      bar.increment({ file: path, rate: rate(done, startedAt).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

function plainLines(stream: NodeJS.WritableStream, every: number): ProgressReporter {
  let startedAt = Date.now();
  let total = 0;
  let done = 0;
  return {
    onStart(count) {
      startedAt = Date.now();
      total = count;
    },
    onFile() {
      done += 1;
      if (done % every !== 0 && done !== total) return;
      const perSecond = rate(done, startedAt);
      const left = perSecond > 0 ? Math.ceil((total - done) / perSecond) : 0;
      stream.write(
        `ingest: ${done}/${total} documents (${perSecond.toFixed(1)}/s, about ${left} s left)\n`,
      );
    },
    stop: () => {},
  };
}

/** A bar when stderr is a terminal, else a line every `every` documents. */
export function ingestProgress(every: number): ProgressReporter {
  return process.stderr.isTTY ? terminalBar(process.stderr) : plainLines(process.stderr, every);
}
