/**
 * Ingestion throughput: trade facts written per second, ingesting many copies of the dev
 * corpus (../shared/corpus/dev, with its sidecars) into a private Neo4j (port 7761).
 *
 * Why: issue 17 measured ~50 trade facts a second (392 documents in 57 s, one transaction
 * per document); ingestion now batches documents and extracts in worker threads. Each copy
 * of the corpus ends every text with a line naming the copy, so every document has its own
 * id; the copies are written under .data/ and removed afterwards. Measured, each in a fresh
 * database:
 *   - pipeline: ingestPaths over the copies, as `trade-kg ingest` runs (read, extract in
 *     workers, write in batches), at each scale;
 *   - writer: the batch writer alone, fed the dev corpus's extractions under each copy's
 *     document id and source (extraction excluded: what the database side sustains);
 *   - baseline: the per-document path of commit BASELINE (before batching), at one scale
 *     (10× by default: at ~50 trade facts a second, 100× alone takes over ten minutes).
 * The machine is shared: the load average before and after each run is recorded.
 *
 *   node --import tsx bench/ingest.ts [--scales 100,1000] [--baseline-scale 10]
 *       [--baseline 8f45759] [--workers N] [--stages writer,pipeline,baseline]
 */
import { execSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { loadavg, platform, release } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ExtractedDocument } from "../src/core/contract.js";
import { documentIdOf } from "../src/core/ids.js";
import { extractDocument } from "../src/extract/extract-document.js";
import type { Database } from "../src/graph/database.js";
import { BatchQueue, DEFAULT_BATCH_LIMITS } from "../src/ingest/batch-queue.js";
import { defaultExtractWorkers } from "../src/ingest/extract-pool.js";
import { ingestPaths } from "../src/ingest/ingest-paths.js";
import { metadataFor } from "../src/ingest/read-sidecar.js";
import { withPrivateNeo4j } from "./private-neo4j.js";
import { machineFacts, writeBenchResult } from "./record.js";

const ROOT = resolve(import.meta.dirname, "..");
const DEV = resolve(ROOT, "../shared/corpus/dev");
const WORK = resolve(ROOT, ".data/bench-ingest-corpus");
const PORT = 7761;
const NEO4J = { name: "ingest", boltPort: PORT, heap: "1g", pageCache: "512m" };
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i].replace(/^--/, ""), process.argv[i + 1]);
const scales = (args.get("scales") ?? "100,1000").split(",").map(Number);
const baselineScale = Number(args.get("baseline-scale") ?? 10);
const baselineRev = args.get("baseline") ?? "8f45759";
const workers = Number(args.get("workers") ?? defaultExtractWorkers());
const stages = new Set((args.get("stages") ?? "writer,pipeline,baseline").split(","));

const devNames = readdirSync(DEV).filter((f) => f.endsWith(".txt"));
const copyLine = (copy: number) =>
  `\nCopy ${copy} of the dev corpus for the ingestion benchmark.\n`;
const r1 = (x: number) => Math.round(x * 10) / 10;
const load = () => r1(loadavg()[0]);

/** The copy written (and not measured) before each run. */
const WARM_UP_COPY = 99_999;

/** `count` copies of the dev corpus under .data/, texts and sidecars, numbered from `first`. */
function writeCopies(count: number, first = 0): string {
  const folder = join(WORK, `x${count}-from-${first}`);
  rmSync(folder, { recursive: true, force: true });
  for (let copy = first; copy < first + count; copy++) {
    const dir = join(folder, `copy-${String(copy).padStart(4, "0")}`);
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(DEV)) {
      const bytes = readFileSync(join(DEV, name));
      writeFileSync(join(dir, name), name.endsWith(".txt") ? `${bytes}${copyLine(copy)}` : bytes);
    }
  }
  return folder;
}

interface Counts {
  documents: number;
  tradeFacts: number;
  entities: number;
  policyLinks: number;
}

interface Run extends Counts {
  seconds: number;
  tradeFactsPerSecond: number;
  /** CPU seconds of this process (all its threads) and of the private Neo4j's JVM */
  cpuSeconds: { node: number; neo4j: number };
  /** trade facts per CPU second of both: what the work costs, less the machine's load */
  tradeFactsPerCpuSecond: number;
  load: { before: number; after: number };
}

/** The private Neo4j's JVM: the process started with our main class and the bench's port. */
function neo4jPid(port: number): number | null {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    const cmdline = join("/proc", pid, "cmdline");
    const args = existsSync(cmdline) ? readFileSync(cmdline, "utf8").split("\0") : [];
    if (args.some((a) => a.endsWith("EmbeddedNeo4j")) && args.includes(String(port)))
      return Number(pid);
  }
  return null;
}

/** User and system CPU seconds of a process (Linux /proc; clock ticks of 100 Hz). */
function cpuOf(pid: number | null): number {
  if (pid === null) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function timed(work: () => Promise<Counts>): Promise<Run> {
  const before = load();
  const jvm = neo4jPid(PORT);
  const node0 = process.cpuUsage();
  const jvm0 = cpuOf(jvm);
  const t0 = performance.now();
  const counts = await work();
  const seconds = (performance.now() - t0) / 1000;
  const node = process.cpuUsage(node0);
  const cpuSeconds = { node: r1((node.user + node.system) / 1e6), neo4j: r1(cpuOf(jvm) - jvm0) };
  return {
    ...counts,
    seconds: r1(seconds),
    tradeFactsPerSecond: Math.round(counts.tradeFacts / seconds),
    cpuSeconds,
    tradeFactsPerCpuSecond: Math.round(counts.tradeFacts / (cpuSeconds.node + cpuSeconds.neo4j)),
    load: { before, after: load() },
  };
}

type IngestPaths = typeof ingestPaths;

/** Ingests a folder with the given ingestPaths into a fresh private Neo4j. */
async function pipelineRun(
  folder: string,
  ingest: IngestPaths,
  options = { workers },
): Promise<Run> {
  const warmUp = writeCopies(1, WARM_UP_COPY);
  const { result } = await withPrivateNeo4j(NEO4J, async (db) => {
    // a fresh Neo4j plans each statement once and its JIT is cold: not what is measured
    await ingest(db, [warmUp], {}, {}, options);
    return timed(async () => {
      const s = await ingest(db, [folder], {}, {}, options);
      if (s.skipped.length > 0)
        throw new Error(`skipped: ${JSON.stringify(s.skipped.slice(0, 3))}`);
      return {
        documents: s.created,
        tradeFacts: s.tradeFacts,
        entities: s.entities,
        policyLinks: s.policyLinks,
      };
    });
  });
  rmSync(warmUp, { recursive: true, force: true });
  return result;
}

/** The dev corpus extracted once, as each copy would be (its own id and source). */
async function devExtractions(): Promise<{ name: string; extracted: ExtractedDocument }[]> {
  return Promise.all(
    devNames.map(async (name) => {
      const path = join(DEV, name);
      return {
        name,
        extracted: extractDocument(readFileSync(path), name, await metadataFor(path)),
      };
    }),
  );
}

type DevCorpus = { name: string; extracted: ExtractedDocument }[];

/** Copies `from` to `to` (excluded) of the extracted dev corpus through the batch writer. */
async function writeExtractedCopies(
  db: Database,
  dev: DevCorpus,
  from: number,
  to: number,
): Promise<Counts> {
  const counts: Counts = { documents: 0, tradeFacts: 0, entities: 0, policyLinks: 0 };
  const queue = new BatchQueue(db, DEFAULT_BATCH_LIMITS, (_, o) => {
    if (!o.ok) throw new Error(o.reason);
    counts.documents += 1;
    counts.tradeFacts += o.result.tradeFacts;
    counts.entities += o.result.entities;
    counts.policyLinks += o.result.policyLinks;
  });
  for (let copy = from; copy < to; copy++)
    for (const { name, extracted } of dev) {
      const source = `copy-${copy}/${name}`;
      const id = documentIdOf(Buffer.from(`${source}${copyLine(copy)}`));
      await queue.room();
      const document = { ...extracted.document, id, source };
      queue.add(copy, Promise.resolve({ extracted: { ...extracted, document } }));
    }
  await queue.finish();
  return counts;
}

/** The batch writer alone over `scale` copies of the extracted dev corpus. */
async function writerRun(scale: number, dev: DevCorpus): Promise<Run> {
  const { result } = await withPrivateNeo4j(NEO4J, async (db) => {
    await writeExtractedCopies(db, dev, WARM_UP_COPY, WARM_UP_COPY + 1);
    return timed(() => writeExtractedCopies(db, dev, 0, scale));
  });
  return result;
}

/** ingestPaths of commit `rev`, from a temporary copy of its sources. */
async function ingestAt(
  rev: string,
): Promise<{ ingest: IngestPaths; commit: string; dir: string }> {
  const commit = execSync(`git rev-parse --short ${rev}`, { cwd: ROOT, encoding: "utf8" }).trim();
  const dir = join(WORK, `baseline-${commit}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${commit} src data cypher package.json | tar -x -C ${dir}`, { cwd: ROOT });
  symlinkSync(resolve(ROOT, "node_modules"), join(dir, "node_modules"));
  const url = pathToFileURL(join(dir, "src/ingest/ingest-paths.ts")).href;
  return { ingest: ((await import(url)) as { ingestPaths: IngestPaths }).ingestPaths, commit, dir };
}

const results: Record<string, Record<string, unknown>> = { writer: {}, pipeline: {} };
/** Written after every run, so a run cut short still leaves what it measured. */
function record(stage: string, key: string, run: Run): void {
  results[stage][key] = run;
  console.log(
    `${stage} ${key}: ${run.tradeFacts} trade facts, ${run.documents} documents in ${run.seconds} s = ${run.tradeFactsPerSecond}/s, ${run.tradeFactsPerCpuSecond}/CPU s (load ${run.load.before}→${run.load.after})`,
  );
  writeBenchResult("ingest", {
    benchmark: "ingest",
    unit: "trade facts written per second (wall clock; and per CPU second of this process and Neo4j together); documents created in a fresh database after a warm-up copy",
    corpus: { source: "../shared/corpus/dev", documents: devNames.length, copies: scales },
    settings: {
      workers,
      batch: DEFAULT_BATCH_LIMITS,
      neo4j: { heap: NEO4J.heap, pageCache: NEO4J.pageCache },
    },
    ...results,
    machine: machineFacts({ os: `${platform()} ${release()}`, loadAverage1m: load() }),
  });
}

async function pipelineAt(scale: number, ingest: IngestPaths, stage: string): Promise<void> {
  const folder = writeCopies(scale);
  record(stage, `x${scale}`, await pipelineRun(folder, ingest));
  rmSync(folder, { recursive: true, force: true });
}

// Smallest scale first, the baseline before the largest scale: a run stopped early keeps
// the comparison.
try {
  const dev = await devExtractions();
  const [small, ...larger] = [...scales].sort((a, b) => a - b);
  if (stages.has("writer")) record("writer", `x${small}`, await writerRun(small, dev));
  if (stages.has("pipeline")) await pipelineAt(small, ingestPaths, "pipeline");
  if (stages.has("baseline") && baselineScale > 0) {
    const old = await ingestAt(baselineRev);
    results.baseline = { commit: old.commit };
    await pipelineAt(baselineScale, old.ingest, "baseline");
  }
  for (const scale of larger) {
    if (stages.has("writer")) record("writer", `x${scale}`, await writerRun(scale, dev));
    if (stages.has("pipeline")) await pipelineAt(scale, ingestPaths, "pipeline");
  }
} finally {
  rmSync(WORK, { recursive: true, force: true });
}
