/**
 * The chart: every node (atoms first, then what rules make) indexed by its first token, grown
 * by applying every rule everywhere until nothing new appears.
 *
 * Why: rules compose nodes that other rules made ("first half" → Period, Period + "of 2023" →
 * Period with a year, "rose" + List<Percent> → List<Change>), as Duckling's rules do; all
 * candidate readings are kept until the one overlap pass, so no rule order matters.
 */

import type { Atom } from "../atoms/types.js";
import type { LexToken } from "../lexicon/attach.js";
import type { Node, NodeKind, Produced, Rule } from "./types.js";

/** rounds of rule application; composition here is at most a few levels deep */
const MAX_ROUNDS = 6;

export class Chart {
  readonly byFirst: Node[][];
  private readonly seen = new Set<string>();

  constructor(
    readonly text: string,
    readonly tokens: readonly LexToken[],
    atoms: readonly Atom[],
  ) {
    this.byFirst = tokens.map(() => []);
    for (const a of atoms) this.add(a);
  }

  /** Adds a node unless the same source already made one over the same tokens. */
  add(node: Node): boolean {
    const key = `${node.source}:${node.first}:${node.last}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.byFirst[node.first].push(node);
    return true;
  }

  /** The node a rule's result stands for, with its character span. */
  node(rule: Rule, p: Produced): Node {
    const start = this.tokens[p.first].start;
    const end = this.tokens[p.last - 1].end;
    return { ...p, start, end, source: rule.name } as Node;
  }

  all(): Node[] {
    return this.byFirst.flat();
  }
}

interface RuleIndex {
  byWord: Map<string, Rule[]>;
  byLex: Map<string, Rule[]>;
  byKind: Map<string, Rule[]>;
}

const INDEXES = new WeakMap<readonly Rule[], RuleIndex>();

/** Rules by what they can start with, built once per rule list. */
function indexOf(rules: readonly Rule[]): RuleIndex {
  let ix = INDEXES.get(rules);
  if (ix) return ix;
  ix = { byWord: new Map(), byLex: new Map(), byKind: new Map() };
  const put = (m: Map<string, Rule[]>, k: string, r: Rule) => {
    const list = m.get(k) ?? [];
    if (!list.includes(r)) list.push(r);
    m.set(k, list);
  };
  for (const r of rules) {
    for (const w of r.starts.words) put(ix.byWord, w, r);
    for (const c of r.starts.lex) put(ix.byLex, c, r);
    for (const k of r.starts.kinds) put(ix.byKind, k, r);
  }
  INDEXES.set(rules, ix);
  return ix;
}

function addActive(out: Rule[], rules: Rule[] | undefined, active: ReadonlySet<Rule>): void {
  if (!rules) return;
  for (const r of rules) if (active.has(r) && !out.includes(r)) out.push(r);
}

/** The rules of `active` that may match at token `at`, each once (no closures: hot path). */
function candidates(chart: Chart, ix: RuleIndex, active: ReadonlySet<Rule>, at: number): Rule[] {
  const out: Rule[] = [];
  const tok = chart.tokens[at];
  addActive(out, ix.byWord.get(tok.norm), active);
  if (tok.hit) for (const s of tok.hit.senses) addActive(out, ix.byLex.get(s.entry.cls), active);
  for (const n of chart.byFirst[at]) addActive(out, ix.byKind.get(n.kind), active);
  return out;
}

/**
 * Applies the rules to the chart until no rule makes a new node. A rule is tried only where
 * a match can start, and after the first round only if a kind it consumes was made in the
 * round before (semi-naive evaluation).
 */
export function saturate(chart: Chart, rules: readonly Rule[]): void {
  const ix = indexOf(rules);
  let active = new Set(rules);
  for (let round = 0; round < MAX_ROUNDS && active.size > 0; round++) {
    const made = new Set<NodeKind>();
    for (let at = 0; at < chart.tokens.length; at++)
      for (const rule of candidates(chart, ix, active, at))
        for (const p of rule.apply(chart, at)) if (chart.add(chart.node(rule, p))) made.add(p.kind);
    if (made.size === 0) return;
    active = new Set();
    for (const r of rules) for (const k of made) if (r.consumes.has(k)) active.add(r);
  }
}
