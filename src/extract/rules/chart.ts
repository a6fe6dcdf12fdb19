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

/** one bit per node kind, numbered as kinds are first seen (the kinds are a closed type) */
const KIND_BITS = new Map<NodeKind, number>();

function kindBit(kind: NodeKind): number {
  let bit = KIND_BITS.get(kind);
  if (bit === undefined) {
    if (KIND_BITS.size >= 31) throw new Error(`chart: no bit left for node kind ${kind}`);
    bit = 1 << KIND_BITS.size;
    KIND_BITS.set(kind, bit);
  }
  return bit;
}

/** A rule's `needs` as one mask of kind bits per group (for `Chart.holds`). */
export function needMasks(needs: readonly (readonly NodeKind[])[]): number[] {
  return needs.map((group) => group.reduce((m, k) => m | kindBit(k), 0));
}

/** The node list of a token where no node starts: shared, never pushed to (`Chart.add`). */
const NO_NODES: Node[] = [];

export class Chart {
  /** the nodes starting at each token (read only: `add` adds) */
  readonly byFirst: Node[][];
  /** the kinds of node anywhere in the chart, as kind bits */
  private kinds = 0;

  constructor(
    readonly text: string,
    readonly tokens: readonly LexToken[],
    atoms: readonly Atom[],
  ) {
    // one shared empty list until a node starts at the token (most tokens start none)
    this.byFirst = [];
    for (let i = 0; i < tokens.length; i++) this.byFirst.push(NO_NODES);
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
    const at = this.byFirst[node.first];
    if (at === NO_NODES) this.byFirst[node.first] = [node];
    else at.push(node);
    this.kinds |= kindBit(node.kind);
    return true;
  }

  /** Whether the chart holds, for each group (`needMasks`), a node of one of its kinds. */
  holds(masks: readonly number[]): boolean {
    for (const m of masks) if ((this.kinds & m) === 0) return false;
    return true;
  }

  /**
   * The node a rule's result stands for, with its character span and source. Rules return
   * fresh objects (Rule.apply), so the result is completed in place: no copy per node.
   */
  node(rule: Rule, p: Produced): Node {
    const n = p as Produced & { start: number; end: number; source: string };
    n.start = this.tokens[p.first].start;
    n.end = this.tokens[p.last - 1].end;
    n.source = rule.name;
    return n as Node;
  }

  /** Every node, by first token and then in the order added (a loop: flat() is slower). */
  all(): Node[] {
    const out: Node[] = [];
    for (const at of this.byFirst) for (const n of at) out.push(n);
    return out;
  }
}

interface RuleIndex {
  /** the rules, each once, in list order; the maps below hold places in it */
  rules: Rule[];
  byWord: Map<string, number[]>;
  byLex: Map<string, number[]>;
  byKind: Map<string, number[]>;
  /** the places of the rules that take each kind of node */
  consumers: Map<NodeKind, number[]>;
  /** each rule's reach before a node of each kind it takes (Rule.reach), by place */
  reach: Array<Map<NodeKind, number>>;
  /** the mark of each rule, and the mark of the current token (never reused) */
  marks: number[];
  stamp: number;
  /** every rule active, as the first round's flags (made once, not per sentence) */
  allActive: boolean[];
  /** each rule's `needs` as kind masks (`needMasks`), null when it has none, by place */
  needs: Array<number[] | null>;
}

const INDEXES = new WeakMap<readonly Rule[], RuleIndex>();

/** Rules by what they can start with and what they take, built once per rule list. */
function indexOf(rules: readonly Rule[]): RuleIndex {
  let ix = INDEXES.get(rules);
  if (ix) return ix;
  const unique = [...new Set(rules)];
  ix = {
    rules: unique,
    byWord: new Map(),
    byLex: new Map(),
    byKind: new Map(),
    consumers: new Map(),
    reach: unique.map((r) => {
      const at = (k: NodeKind) => (r.reach ? r.reach(k) : Number.POSITIVE_INFINITY);
      return new Map([...r.consumes].map((k) => [k, at(k)]));
    }),
    marks: unique.map(() => 0),
    stamp: 0,
    allActive: unique.map(() => true),
    needs: unique.map((r) => (r.needs ? needMasks(r.needs) : null)),
  };
  const put = <K>(m: Map<K, number[]>, k: K, r: number) => {
    const list = m.get(k) ?? [];
    if (!list.includes(r)) list.push(r);
    m.set(k, list);
  };
  unique.forEach((r, i) => {
    for (const w of r.starts.words) put(ix.byWord, w, i);
    for (const c of r.starts.lex) put(ix.byLex, c, i);
    for (const k of r.starts.kinds) put(ix.byKind, k, i);
    for (const k of r.consumes) put(ix.consumers, k, i);
  });
  INDEXES.set(rules, ix);
  return ix;
}

/** One round's candidate lists: one mark per rule, one reused array (hot path). */
class Candidates {
  /** one list of places, refilled at every token (a token's list is used up before the next
   * is asked): its first `size` are the token's (no truncation: setting a length is slow) */
  readonly list: number[] = [];
  size = 0;

  constructor(
    private readonly ix: RuleIndex,
    private readonly active: readonly boolean[],
  ) {}

  /** The places of the active rules that may match at token `at`, each once, in the index's
   * order: `list[0 … size)`, and their number. */
  at(chart: Chart, at: number): number {
    this.ix.stamp++;
    this.size = 0;
    const tok = chart.tokens[at];
    this.add(this.ix.byWord.get(tok.norm));
    if (tok.hit) for (const s of tok.hit.senses) this.add(this.ix.byLex.get(s.entry.cls));
    for (const n of chart.byFirst[at]) this.add(this.ix.byKind.get(n.kind));
    return this.size;
  }

  private add(places: number[] | undefined): void {
    if (!places) return;
    const { marks, stamp } = this.ix;
    for (const k of places) {
      if (marks[k] === stamp || !this.active[k]) continue;
      marks[k] = stamp;
      this.list[this.size++] = k;
    }
  }
}

/** Where one rule is retried: every token up to `upTo`, and the tokens marked in `at`. */
interface Window {
  upTo: number;
  at: number[] | null;
}

/** `size` zeros in a plain array (a typed array costs more to make for so few). */
function zeros(size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < size; i++) out.push(0);
  return out;
}

/**
 * Where each active rule is retried after the first round: at most `reach` tokens before a
 * node made in the round before whose kind it takes. A match elsewhere takes only nodes the
 * rule already saw when it last ran there, so it would make nothing new (semi-naive).
 */
function retryWindows(
  ix: RuleIndex,
  active: readonly boolean[],
  fresh: readonly Node[],
  size: number,
): Array<Window | undefined> {
  const out: Array<Window | undefined> = [];
  for (let k = 0; k < ix.rules.length; k++) {
    if (!active[k]) {
      out.push(undefined);
      continue;
    }
    const w: Window = { upTo: -1, at: null };
    for (const n of fresh) {
      const reach = ix.reach[k].get(n.kind);
      if (reach === undefined) continue;
      if (reach === Number.POSITIVE_INFINITY) w.upTo = Math.max(w.upTo, n.first);
      else {
        w.at ??= zeros(size);
        for (let i = Math.max(0, n.first - reach); i <= n.first && i < size; i++) w.at[i] = 1;
      }
    }
    out.push(w);
  }
  return out;
}

function inWindow(w: Window | undefined, at: number): boolean {
  return w !== undefined && (at <= w.upTo || (w.at !== null && w.at[at] === 1));
}

/**
 * The tokens inside some rule's window: elsewhere no rule is tried, so nothing is made there
 * and the round need not look for candidates at all.
 */
function windowTokens(windows: ReadonlyArray<Window | undefined>, size: number): number[] {
  const marks = zeros(size);
  for (const w of windows) {
    if (!w) continue;
    for (let i = 0; i <= w.upTo && i < size; i++) marks[i] = 1;
    if (w.at) for (let i = 0; i < size; i++) marks[i] |= w.at[i];
  }
  return marks;
}

/** The rules that take a kind of node among `made`, as flags by place; null when none. */
function nextActive(ix: RuleIndex, made: readonly Node[]): boolean[] | null {
  let flags: boolean[] | null = null;
  for (const n of made)
    for (const k of ix.consumers.get(n.kind) ?? []) {
      flags ??= ix.rules.map(() => false);
      flags[k] = true;
    }
  return flags;
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
  const size = chart.tokens.length;
  let active: readonly boolean[] | null = ix.allActive;
  let fresh: Node[] | null = null;
  for (let round = 0; round < MAX_ROUNDS && active !== null; round++) {
    let windows = fresh ? retryWindows(ix, active, fresh, size) : null;
    const visit = windows ? windowTokens(windows, size) : null;
    const candidates = new Candidates(ix, active);
    const made: Node[] = [];
    for (let at = 0; at < size; at++) {
      if (windows && visit && visit[at] === 0) continue;
      let madeHere = false;
      const count = candidates.at(chart, at);
      for (let c = 0; c < count; c++) {
        const place = candidates.list[c];
        const rule = ix.rules[place];
        if (windows && !madeHere && !inWindow(windows[place], at)) continue;
        // a rule that needs a kind of node the chart lacks can match nowhere
        const needs = ix.needs[place];
        if (needs !== null && !chart.holds(needs)) continue;
        for (const p of rule.apply(chart, at)) {
          if (chart.has(rule.name, p.first, p.last)) continue;
          const n = rule.completes ? (p as Node) : chart.node(rule, p);
          chart.add(n);
          made.push(n);
          // a node made elsewhere than `at` would escape the windows: try everything
          madeHere = true;
          if (p.first !== at) windows = null;
        }
      }
    }
    if (made.length === 0) return;
    active = nextActive(ix, made);
    fresh = made;
  }
}
