/**
 * Where extraction time goes: the share of CPU samples spent inside each phase of the
 * pipeline (layout, mentions, text date, trade facts and their layers, policy links, checks),
 * from V8's sampling profiler over the throughput corpus, on the compiled extractor production
 * runs (compiled-extractor.ts).
 *
 * Why a profile and not timers in the code: the extractor stays free of instrumentation, and
 * the shares hold on a loaded machine (they are fractions of the same samples). A phase is a
 * function name; a sample counts once for every phase on its stack, so nested phases (atoms
 * inside trade facts) add up within their parent, not across the table.
 *
 *   node_modules/.bin/tsx bench/extract-phases.ts [--mb 3] [--top 15]
 */
import { readdirSync, readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { resolve } from "node:path";
import { compiledExtractor } from "./compiled-extractor.js";
import { machineFacts, writeBenchResult } from "./record.js";

const ROOT = resolve(import.meta.dirname, "..");
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i].replace(/^--/, ""), process.argv[i + 1]);
const targetMb = Number(args.get("mb") ?? 3);
const top = Number(args.get("top") ?? 15);

/** The phases, by the function that runs each, with the phase each belongs to. */
const PHASES: Array<[name: string, fn: string, depth: number]> = [
  ["decode and HTML", "decodeText", 0],
  ["layout", "readLayout", 0],
  ["entity mentions", "documentMentions", 0],
  ["text date", "readTextDate", 0],
  ["trade facts", "readTradeFacts", 0],
  ["tokens, lexicon, atoms", "readAtoms", 1],
  ["composition (chart)", "composeNodes", 1],
  ["clauses", "splitClauses", 1],
  ["clause frames", "readFrame", 1],
  ["discourse", "fillFrame", 1],
  ["merge", "mergeDrafts", 1],
  ["policy links", "extractPolicyFacts", 0],
  ["checks", "emittedFacts", 0],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const docs = ["seeds", "test/fixtures/extract"].flatMap((dir) =>
  readdirSync(resolve(ROOT, dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(resolve(ROOT, dir, f))),
);
const corpus: Uint8Array[] = [];
for (let bytes = 0; bytes < targetMb * 1e6; )
  for (const d of docs) {
    corpus.push(d);
    bytes += d.length;
  }
const extractDocument = await compiledExtractor();
for (let k = 0; k < 3; k++) for (const d of docs) extractDocument(d, "warmup.txt");

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
for (let i = 0; i < corpus.length; i++) extractDocument(corpus[i], `doc-${i}.txt`);
const { profile } = (await session.post("Profiler.stop")) as { profile: Profile };
session.disconnect();

/** For every sample, the set of function names on its stack (and the leaf's name). */
function stacks(p: Profile): { names: Set<string>; leaf: string }[] {
  const parent = new Map<number, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, Set<string>>();
  const namesOf = (id: number): Set<string> => {
    let s = memo.get(id);
    if (s) return s;
    const up = parent.get(id);
    s = new Set(up === undefined ? [] : namesOf(up));
    s.add(byId.get(id)?.callFrame.functionName ?? "");
    memo.set(id, s);
    return s;
  };
  return p.samples.map((id) => ({ names: namesOf(id), leaf: leafName(byId.get(id)) }));
}

function leafName(n: ProfileNode | undefined): string {
  if (!n) return "?";
  const file = n.callFrame.url.split("/").slice(-2).join("/");
  return `${n.callFrame.functionName || "(anonymous)"} ${file}`;
}

const all = stacks(profile);
const inExtract = all.filter((s) => s.names.has("extractDocument"));
const pct = (k: number, of = inExtract.length) => Math.round((1000 * k) / of) / 10;
const phases = PHASES.map(([label, fn, depth]) => ({
  phase: label,
  function: fn,
  depth,
  percent: pct(inExtract.filter((s) => s.names.has(fn)).length),
}));
const gcPercent = pct(
  all.filter((s) => s.leaf.startsWith("(garbage collector)")).length,
  all.length,
);
const self = new Map<string, number>();
for (const s of inExtract) self.set(s.leaf, (self.get(s.leaf) ?? 0) + 1);
const hottest = [...self]
  .sort((a, b) => b[1] - a[1])
  .slice(0, top)
  .map(([fn, k]) => ({ function: fn, percent: pct(k) }));

console.log(`${inExtract.length} samples inside extractDocument (${corpus.length} documents)`);
for (const p of phases)
  console.log(`${`${p.percent}%`.padStart(6)}  ${"  ".repeat(p.depth)}${p.phase} (${p.function})`);
console.log(`${`${gcPercent}%`.padStart(6)}  of all samples: garbage collection`);
console.log(`\nfunctions by own samples (top ${top}):`);
for (const h of hottest) console.log(`${`${h.percent}%`.padStart(6)}  ${h.function}`);
writeBenchResult("extract-phases", {
  benchmark: "extract-phases",
  unit: "percent of CPU samples inside extractDocument (a sample counts for every phase on its stack)",
  samples: inExtract.length,
  documents: corpus.length,
  phases,
  garbageCollectionPercentOfAll: gcPercent,
  hottest,
  machine: machineFacts(),
});
