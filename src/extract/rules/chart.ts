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

  constructor(
    readonly text: string,
    readonly tokens: readonly LexToken[],
    atoms: readonly Atom[],
  ) {
    this.byFirst = tokens.map(() => []);
    for (const a of atoms) this.add(a);
  }

  /** Whether the rule named `source` already made a node over tokens [first, last). */
  has(source: string, first: number, last: number): boolean {
    for (const n of this.byFirst[first]) if (n.last === last && n.source === source) return true;
    return false;
  }

  /** Adds a node unless the same source already made one over the same tokens. */
  add(node: Node): boolean {
    if (this.has(node.source, node.first, node.last)) return false;
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
  /** each rule's place in the list: candidates are marked by it */
  order: Map<Rule, number>;
}

const INDEXES = new WeakMap<readonly Rule[], RuleIndex>();

/** Rules by what they can start with, built once per rule list. */
function indexOf(rules: readonly Rule[]): RuleIndex {
  let ix = INDEXES.get(rules);
  if (ix) return ix;
  ix = { byWord: new Map(), byLex: new Map(), byKind: new Map(), order: new Map() };
  const put = (m: Map<string, Rule[]>, k: string, r: Rule) => {
    const list = m.get(k) ?? [];
    if (!list.includes(r)) list.push(r);
    m.set(k, list);
  };
  for (const r of rules) {
    if (!ix.order.has(r)) ix.order.set(r, ix.order.size);
    for (const w of r.starts.words) put(ix.byWord, w, r);
    for (const c of r.starts.lex) put(ix.byLex, c, r);
    for (const k of r.starts.kinds) put(ix.byKind, k, r);
  }
  INDEXES.set(rules, ix);
  return ix;
}

/** One round's candidate lists, reusing one array and one mark per rule (hot path). */
class Candidates {
  private readonly marks: Int32Array;
  private stamp = 0;
  readonly list: Rule[] = [];

  constructor(
    private readonly ix: RuleIndex,
    private readonly active: ReadonlySet<Rule>,
  ) {
    this.marks = new Int32Array(ix.order.size);
  }

  /** The rules of `active` that may match at token `at`, each once, in the index's order. */
  at(chart: Chart, at: number): Rule[] {
    this.stamp++;
    this.list.length = 0;
    const tok = chart.tokens[at];
    this.add(this.ix.byWord.get(tok.norm));
    if (tok.hit) for (const s of tok.hit.senses) this.add(this.ix.byLex.get(s.entry.cls));
    for (const n of chart.byFirst[at]) this.add(this.ix.byKind.get(n.kind));
    return this.list;
  }

  private add(rules: Rule[] | undefined): void {
    if (!rules) return;
    for (const r of rules) {
      const k = this.ix.order.get(r) as number;
      if (this.marks[k] === this.stamp || !this.active.has(r)) continue;
      this.marks[k] = this.stamp;
      this.list.push(r);
    }
  }
}

/**
 * Where each active rule is retried after the first round: at most `reach` tokens before a
 * node made in the round before whose kind it takes. A match elsewhere takes only nodes the
 * rule already saw when it last ran there, so it would make nothing new (semi-naive).
 */
function retryWindows(active: ReadonlySet<Rule>, fresh: readonly Node[], size: number) {
  const out = new Map<Rule, Uint8Array>();
  for (const rule of active) {
    const marks = new Uint8Array(size);
    let unbounded = -1;
    for (const n of fresh) {
      if (!rule.consumes.has(n.kind)) continue;
      const reach = rule.reach ? rule.reach(n.kind) : Number.POSITIVE_INFINITY;
      if (reach === Number.POSITIVE_INFINITY) unbounded = Math.max(unbounded, n.first);
      else marks.fill(1, Math.max(0, n.first - reach), n.first + 1);
    }
    if (unbounded >= 0) marks.fill(1, 0, unbounded + 1);
    out.set(rule, marks);
  }
  return out;
}

/**
 * Applies the rules to the chart until no rule makes a new node. A rule is tried only where
 * a match can start, and after the first round only if a kind it consumes was made in the
 * round before, and only within its reach of such a node or where a node was just made at
 * the same token (semi-naive evaluation). Nodes are added in the same order as by trying
 * every rule everywhere.
 */
export function saturate(chart: Chart, rules: readonly Rule[]): void {
  const ix = indexOf(rules);
  let active: ReadonlySet<Rule> = new Set(rules);
  let fresh: Node[] | null = null;
  for (let round = 0; round < MAX_ROUNDS && active.size > 0; round++) {
    let windows = fresh ? retryWindows(active, fresh, chart.tokens.length) : null;
    const candidates = new Candidates(ix, active);
    const made: Node[] = [];
    for (let at = 0; at < chart.tokens.length; at++) {
      let madeHere = false;
      for (const rule of candidates.at(chart, at)) {
        if (windows && !madeHere && !windows.get(rule)?.[at]) continue;
        for (const p of rule.apply(chart, at)) {
          if (chart.has(rule.name, p.first, p.last)) continue;
          const n = chart.node(rule, p);
          chart.add(n);
          made.push(n);
          // a node made elsewhere than `at` would escape the windows: try everything
          madeHere = true;
          if (p.first !== at) windows = null;
        }
      }
    }
    if (made.length === 0) return;
    const kinds = new Set<NodeKind>(made.map((n) => n.kind));
    const next = new Set<Rule>();
    for (const r of rules) for (const k of kinds) if (r.consumes.has(k)) next.add(r);
    active = next;
    fresh = made;
  }
}
