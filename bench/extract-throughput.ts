/**
 * Extraction throughput on one core: MB of input text per second.
 *
 * Why: ingestion re-extracts whole corpora; the extractor must keep up (aim: 5 MB/s). The corpus
 * is the seed briefings and the test fixtures, repeated as separate documents until it is many
 * times their size; each document goes through the public entry point extractDocument, as the
 * CLI calls it. The result and the machine it ran on go to bench/results/extract-throughput.json.
 *
 *   node_modules/.bin/tsx bench/extract-throughput.ts [--mb 20] [--rounds 5]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { extractDocument } from "../src/extract/extract-document.js";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i].replace(/^--/, ""), process.argv[i + 1]);
const targetMb = Number(args.get("mb") ?? 20);
const rounds = Number(args.get("rounds") ?? 5);

const sources = [
  ...readdirSync("seeds")
    .filter((f) => f.endsWith(".txt"))
    .map((f) => `seeds/${f}`),
  ...readdirSync("test/fixtures/extract")
    .filter((f) => f.endsWith(".txt"))
    .map((f) => `test/fixtures/extract/${f}`),
];
const docs = sources.map((f) => readFileSync(f));
const corpus: Uint8Array[] = [];
let bytes = 0;
while (bytes < targetMb * 1e6) {
  for (const d of docs) {
    corpus.push(d);
    bytes += d.length;
  }
}

// warm-up: compile regexes, build the gazetteer, let the JIT settle
for (const d of docs) extractDocument(d, "warmup.txt");

const rates: number[] = [];
let facts = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint();
  facts = 0;
  for (let i = 0; i < corpus.length; i++)
    facts += extractDocument(corpus[i], `doc-${i}.txt`).tradeFacts.length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  rates.push(bytes / 1e6 / seconds);
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
const result = {
  benchmark: "extract-throughput",
  unit: "MB/s (10^6 bytes of input per second, one core, median of rounds)",
  mbPerSecond: Math.round(median * 100) / 100,
  rounds: rates.map((x) => Math.round(x * 100) / 100),
  corpus: { documents: corpus.length, bytes, sources, tradeFactsPerRound: facts },
  machine: {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
  },
  date: new Date().toISOString(),
};
writeFileSync("bench/results/extract-throughput.json", `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `${result.mbPerSecond} MB/s over ${(bytes / 1e6).toFixed(1)} MB (${corpus.length} documents), ${result.machine.cpu}, node ${process.version}`,
);
