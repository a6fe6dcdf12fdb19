/**
 * Extraction throughput on one core: MB of input text per second.
 *
 * Why: ingestion re-extracts whole corpora; the extractor must keep up (aim: 5 MB/s). The corpus
 * is the seed briefings and the test fixtures, repeated as separate documents until it is many
 * times their size; each document goes through the public entry point extractDocument, as the
 * CLI calls it. The result and the machine it ran on go to bench/results/extract-throughput.json.
 *
 * Both extractors run compiled, as production runs them (compiled-extractor.ts says why).
 *
 * Wall time and CPU time are both recorded: on a shared machine the wall rate falls with the
 * load (recorded as the load average), the CPU rate much less. `--baseline REV` also measures
 * the extractor of commit REV in the same run, rounds alternating, so that the comparison is of
 * one machine under one load; without it no comparison is recorded.
 *
 *   node_modules/.bin/tsx bench/extract-throughput.ts [--mb 10] [--rounds 5] [--baseline REV]
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, platform, release } from "node:os";
import { resolve } from "node:path";
import { compiledExtractor, compiledExtractorAt, type Extract } from "./compiled-extractor.js";
import { machineFacts, writeBenchResult } from "./record.js";

const ROOT = resolve(import.meta.dirname, "..");
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i].replace(/^--/, ""), process.argv[i + 1]);
const targetMb = Number(args.get("mb") ?? 10);
const rounds = Number(args.get("rounds") ?? 5);
const baselineRev = args.get("baseline");

const sources = ["seeds", "test/fixtures/extract"].flatMap((dir) =>
  readdirSync(resolve(ROOT, dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => `${dir}/${f}`),
);
const docs = sources.map((f) => readFileSync(resolve(ROOT, f)));
const corpus: Uint8Array[] = [];
let bytes = 0;
while (bytes < targetMb * 1e6) {
  for (const d of docs) {
    corpus.push(d);
    bytes += d.length;
  }
}

interface Round {
  wall: number;
  cpu: number;
  facts: number;
}

/** One pass over the corpus: MB/s by the wall clock and by the process's CPU time. */
function round(extract: Extract): Round {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let facts = 0;
  for (let i = 0; i < corpus.length; i++)
    facts += extract(corpus[i], `doc-${i}.txt`).tradeFacts.length;
  const c = process.cpuUsage(c0);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { wall: bytes / 1e6 / seconds, cpu: bytes / 1e6 / ((c.user + c.system) / 1e6), facts };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r2 = (x: number) => Math.round(x * 100) / 100;
function summary(rs: Round[]) {
  return {
    mbPerSecond: r2(median(rs.map((r) => r.wall))),
    cpuMbPerSecond: r2(median(rs.map((r) => r.cpu))),
    rounds: rs.map((r) => r2(r.wall)),
    cpuRounds: rs.map((r) => r2(r.cpu)),
    tradeFactsPerRound: rs[rs.length - 1].facts,
  };
}

const extractDocument = await compiledExtractor();
const baseline = baselineRev ? await compiledExtractorAt(baselineRev) : null;
// warm-up: compile regexes, build the gazetteer, let the JIT settle
for (let k = 0; k < 3; k++)
  for (const d of docs) {
    extractDocument(d, "warmup.txt");
    baseline?.extract(d, "warmup.txt");
  }

const loadBefore = loadavg();
const current: Round[] = [];
const old: Round[] = [];
for (let r = 0; r < rounds; r++) {
  current.push(round(extractDocument));
  if (baseline) old.push(round(baseline.extract));
}
const loadAfter = loadavg();
if (baseline) rmSync(baseline.dir, { recursive: true, force: true });

const now = summary(current);
const result = {
  benchmark: "extract-throughput",
  unit: "MB/s (10^6 bytes of input per second, one core, median of rounds; cpu: by the process's CPU time)",
  ...now,
  corpus: { documents: corpus.length, bytes, sources },
  load: {
    average1mBefore: r2(loadBefore[0]),
    average1mAfter: r2(loadAfter[0]),
    note: "load average of the machine while measuring; wall rates fall with it",
  },
  ...(baseline ? { baseline: { commit: baseline.commit, ...summary(old) } } : {}),
  machine: machineFacts({ os: `${platform()} ${release()}` }),
};
writeBenchResult("extract-throughput", result);
const cmp = baseline
  ? `; commit ${baseline.commit} in the same run: ${result.baseline?.mbPerSecond} MB/s (cpu ${result.baseline?.cpuMbPerSecond})`
  : "";
console.log(
  `${now.mbPerSecond} MB/s (cpu ${now.cpuMbPerSecond}) over ${(bytes / 1e6).toFixed(1)} MB (${corpus.length} documents), load ${r2(loadBefore[0])}→${r2(loadAfter[0])}${cmp}`,
);
