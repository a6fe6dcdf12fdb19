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
import { kindNumber, MAX_RULES, type RuleIndex, ruleIndex } from "./rule-index.js";
import type { Node, Produced, Rule } from "./types.js";

/** rounds of rule application; composition here is at most a few levels deep */
const MAX_ROUNDS = 6;

/** The node list of a token where no node starts: shared, never pushed to (`Chart.add`). */
const NO_NODES: Node[] = [];
const NO_KINDS: number[] = [];

export class Chart {
  /** the nodes starting at each token (read only: `add` adds) */
  readonly byFirst: Node[][];
  /** the kind numbers of those nodes, in the same order */
  readonly kindsAt: number[][];
  /** by token: the kinds of the nodes that start there or after, as kind bits */
  private readonly kindsFrom: number[];

  constructor(
    readonly text: string,
    readonly tokens: readonly LexToken[],
    atoms: readonly Atom[],
  ) {
    // one shared empty list until a node starts at the token (most tokens start none)
    this.byFirst = [];
    this.kindsAt = [];
    this.kindsFrom = [];
    for (let i = 0; i < tokens.length; i++) {
      this.byFirst.push(NO_NODES);
      this.kindsAt.push(NO_KINDS);
      this.kindsFrom.push(0);
    }
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
    const kind = kindNumber(node.kind);
    const at = this.byFirst[node.first];
    if (at === NO_NODES) {
      this.byFirst[node.first] = [node];
      this.kindsAt[node.first] = [kind];
    } else {
      at.push(node);
      this.kindsAt[node.first].push(kind);
    }
    const bit = 1 << kind;
    for (let i = node.first; i >= 0 && (this.kindsFrom[i] & bit) === 0; i--)
      this.kindsFrom[i] |= bit;
    return true;
  }

  /**
   * Whether the chart holds, for each group (`needMasks`), a node of one of its kinds that
   * starts at token `at` or after it (where a match from `at` could take it).
   */
  holdsFrom(masks: readonly number[], at: number): boolean {
    const kinds = this.kindsFrom[at];
    for (const m of masks) if ((kinds & m) === 0) return false;
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

/**
 * The places of the rules a grammar word or a lexicon class can start at each token, made
 * once per chart (the tokens do not change between rounds): a token none can start at shares
 * one empty list.
 */
function wordStarts(ix: RuleIndex, tokens: readonly LexToken[]): number[][] {
  const out: number[][] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    let places = (ix.words.mayHave(tok.norm) && ix.byWord.get(tok.norm)) || NO_PLACES;
    const classes = tok.hit === null ? NO_PLACES : tok.hit.classes;
    for (let c = 0; c < classes.length; c++) {
      const more = ix.byLex[classes[c]];
      if (more.length > 0) places = places === NO_PLACES ? more : union(places, more);
    }
    out[i] = places;
  }
  return out;
}

const NO_PLACES: number[] = [];

/** `a`, then the places of `b` not in it, in their order (a new array). */
function union(a: readonly number[], b: readonly number[]): number[] {
  const out = a.slice();
  for (const k of b) if (!out.includes(k)) out.push(k);
  return out;
}

/**
 * The places of the rules among `mask` that may match at token `at`, each once, into `list`
 * (its first entries; their number is returned): those the token's words start, then those
 * each node starting there starts, in the order of the nodes.
 */
function candidates(
  ix: RuleIndex,
  chart: Chart,
  starts: readonly number[],
  at: number,
  mask: number,
  list: number[],
): number {
  let size = 0;
  let seen = 0;
  const kinds = chart.kindsAt[at];
  for (let n = -1; n < kinds.length; n++) {
    const places = n < 0 ? starts : ix.byKind[kinds[n]];
    for (let j = 0; j < places.length; j++) {
      const k = places[j];
      const bit = 1 << k;
      if ((mask & bit) === 0 || (seen & bit) !== 0) continue;
      seen |= bit;
      list[size++] = k;
    }
  }
  return size;
}

/** One mask per token, reused by every round (cleared to the size asked). */
let WINDOWS = new Int32Array(256);
/** each rule's unbounded window's end (`retryWindows`), reused */
const UP_TO = new Int32Array(MAX_RULES);

/**
 * Where each rule of `active` is retried after the first round, as one mask of rule bits per
 * token: at most its reach before a node made in the round before whose kind it takes (every
 * token up to that node when its reach is unbounded). A match elsewhere takes only nodes the
 * rule already saw when it last ran there, so it would make nothing new (semi-naive).
 */
function retryWindows(
  ix: RuleIndex,
  active: number,
  fresh: readonly Node[],
  size: number,
): Int32Array {
  if (WINDOWS.length < size) WINDOWS = new Int32Array(Math.max(size, 2 * WINDOWS.length));
  else WINDOWS.fill(0, 0, size);
  const win = WINDOWS;
  UP_TO.fill(-1);
  for (const n of fresh) {
    const kind = kindNumber(n.kind);
    const takers = ix.takers[kind];
    for (let j = 0; j < takers.length; j++) {
      const k = takers[j];
      if ((active & (1 << k)) === 0) continue;
      const reach = ix.reach[k][kind];
      if (reach === Number.POSITIVE_INFINITY) {
        if (n.first > UP_TO[k]) UP_TO[k] = n.first;
        continue;
      }
      for (let i = Math.max(0, n.first - reach); i <= n.first && i < size; i++) win[i] |= 1 << k;
    }
  }
  for (let k = 0; k < ix.rules.length; k++)
    for (let i = 0; i <= UP_TO[k] && i < size; i++) win[i] |= 1 << k;
  return win;
}

/** The rules that take a kind of node among `made`, as a mask (0 when none). */
function nextActive(ix: RuleIndex, made: readonly Node[]): number {
  let mask = 0;
  for (const n of made) mask |= ix.takerBits[kindNumber(n.kind)];
  return mask;
}

/** The candidate places of one token, refilled at every token (used up before the next). */
const LIST: number[] = [];

/**
 * Applies the rules to the chart until no rule makes a new node. A rule is tried only where
 * a match can start, and after the first round only if a kind it consumes was made in the
 * round before, and only within its reach of such a node or where a node was just made at
 * the same token (semi-naive evaluation). Nodes are added in the same order as by trying
 * every rule everywhere.
 */
export function saturate(chart: Chart, rules: readonly Rule[]): void {
  const ix = ruleIndex(rules);
  const size = chart.tokens.length;
  const starts = wordStarts(ix, chart.tokens);
  let active = ix.all;
  let fresh: Node[] | null = null;
  for (let round = 0; round < MAX_ROUNDS && active !== 0; round++) {
    const windows = fresh ? retryWindows(ix, active, fresh, size) : null;
    const made: Node[] = [];
    // until a node is made elsewhere than where its rule was tried (it would escape them)
    let windowed = windows !== null;
    for (let at = 0; at < size; at++) {
      if (windowed && windows![at] === 0) continue;
      if (starts[at] === NO_PLACES && chart.kindsAt[at] === NO_KINDS) continue;
      if (tryAt(ix, chart, starts[at], at, active, windowed ? windows![at] : -1, made))
        windowed = false;
    }
    if (made.length === 0) return;
    active = nextActive(ix, made);
    fresh = made;
  }
}

/**
 * Tries the candidate rules of token `at` (of `active`; of `window` until a node is made
 * there), pushing what they make onto `made`; true when a node was made elsewhere than `at`.
 */
function tryAt(
  ix: RuleIndex,
  chart: Chart,
  starts: readonly number[],
  at: number,
  active: number,
  window: number,
  made: Node[],
): boolean {
  let escaped = false;
  let madeHere = false;
  const count = candidates(ix, chart, starts, at, active, LIST);
  for (let c = 0; c < count; c++) {
    const place = LIST[c];
    if (!madeHere && !escaped && (window & (1 << place)) === 0) continue;
    // a rule that needs a kind of node the chart lacks from `at` on cannot match here
    const needs = ix.needs[place];
    if (needs !== null && !chart.holdsFrom(needs, at)) continue;
    const rule = ix.rules[place];
    for (const p of rule.apply(chart, at)) {
      if (chart.has(rule.name, p.first, p.last)) continue;
      const n = rule.completes ? (p as Node) : chart.node(rule, p);
      chart.add(n);
      made.push(n);
      madeHere = true;
      if (p.first !== at) escaped = true;
    }
  }
  return escaped;
}
