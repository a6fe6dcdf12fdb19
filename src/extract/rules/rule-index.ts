/**
 * The chart's load-time index of a rule list: node kinds as small integers and bits, each rule
 * as one bit of a 32-bit mask, and what each rule can start with, takes and needs, by kind
 * number.
 *
 * Why: the chart asks at every token of every round which rules may start there, and after
 * the first round which rules a new node concerns and how far back. Answered from arrays by
 * kind number and from integer masks, those questions cost a few loads and ands: no map look-up
 * by name, no array of flags made per round.
 */
import { KeyFilter } from "../key-filter.js";
import { classNumber, LEX_CLASSES } from "../lexicon/lexicon.js";
import type { NodeKind, Rule } from "./types.js";

/** one number per node kind, in the order kinds are first seen (the kinds are a closed type) */
const KIND_NUMBERS = new Map<NodeKind, number>();

/** The number of a node kind (0…30): its bit is `1 << kindNumber(kind)`. */
export function kindNumber(kind: NodeKind): number {
  let k = KIND_NUMBERS.get(kind);
  if (k === undefined) {
    if (KIND_NUMBERS.size >= 31) throw new Error(`chart: no bit left for node kind ${kind}`);
    k = KIND_NUMBERS.size;
    KIND_NUMBERS.set(kind, k);
  }
  return k;
}

/** A rule's `needs` as one mask of kind bits per group (for `Chart.holdsFrom`). */
export function needMasks(needs: readonly (readonly NodeKind[])[]): number[] {
  return needs.map((group) => group.reduce((m, k) => m | (1 << kindNumber(k)), 0));
}

/** the most rules one index holds: a rule is one bit of a 32-bit mask */
export const MAX_RULES = 32;

/** a rule does not take nodes of this kind (in `RuleIndex.reach`) */
export const NO_REACH = -1;

export interface RuleIndex {
  /** the rules, each once, in list order: a rule's place is its index here, its bit 1 << place */
  rules: Rule[];
  /** every rule's bit */
  all: number;
  /** the places of the rules a grammar word can start, ascending */
  byWord: Map<string, number[]>;
  /** says "no" for most tokens that are no word of `byWord`, before it is looked up */
  words: KeyFilter;
  /** by class number (`classNumber`): the places of the rules a lexicon class can start,
   * ascending */
  byLex: number[][];
  /** by kind number: the places of the rules a node of that kind can start, ascending */
  byKind: number[][];
  /** by kind number: the places of the rules that take a node of that kind, ascending */
  takers: number[][];
  /** by kind number: the bits of those rules */
  takerBits: number[];
  /** by place, by kind number: the rule's reach before a node of that kind (Rule.reach),
   * NO_REACH when it takes none */
  reach: number[][];
  /** by place: the rule's `needs` as kind masks (`needMasks`), null when it has none */
  needs: Array<number[] | null>;
}

const INDEXES = new WeakMap<readonly Rule[], RuleIndex>();
const NONE: number[] = [];

/** The index of a rule list, built once per list. */
export function ruleIndex(rules: readonly Rule[]): RuleIndex {
  let ix = INDEXES.get(rules);
  if (ix) return ix;
  const unique = [...new Set(rules)];
  if (unique.length > MAX_RULES)
    throw new Error(`chart: ${unique.length} rules, the masks hold ${MAX_RULES}`);
  // every kind a rule names is numbered before the arrays by kind number are sized
  for (const r of unique) {
    for (const k of r.starts.kinds) kindNumber(k);
    for (const k of r.consumes) kindNumber(k);
  }
  const kinds = 31;
  ix = {
    rules: unique,
    all: unique.reduce((m, _r, i) => m | (1 << i), 0),
    byWord: new Map(),
    words: new KeyFilter(unique.flatMap((r) => r.starts.words)),
    byLex: LEX_CLASSES.map(() => NONE),
    byKind: Array.from({ length: kinds }, () => NONE),
    takers: Array.from({ length: kinds }, () => NONE),
    takerBits: Array.from({ length: kinds }, () => 0),
    reach: unique.map((r) => reachByKind(r, kinds)),
    needs: unique.map((r) => (r.needs ? needMasks(r.needs) : null)),
  };
  fillPlaces(ix, unique);
  INDEXES.set(rules, ix);
  return ix;
}

/** The places by start word, class and kind, and the takers of each kind. */
function fillPlaces(ix: RuleIndex, rules: readonly Rule[]): void {
  const put = <K>(m: Map<K, number[]>, k: K, r: number) => {
    const list = m.get(k) ?? [];
    if (!list.includes(r)) list.push(r);
    m.set(k, list);
  };
  const putAt = (lists: number[][], k: number, r: number) => {
    if (lists[k] === NONE) lists[k] = [];
    if (!lists[k].includes(r)) lists[k].push(r);
  };
  rules.forEach((r, i) => {
    for (const w of r.starts.words) put(ix.byWord, w, i);
    for (const c of r.starts.lex) putAt(ix.byLex, classNumber(c), i);
    for (const k of r.starts.kinds) putAt(ix.byKind, kindNumber(k), i);
    for (const k of r.consumes) {
      putAt(ix.takers, kindNumber(k), i);
      ix.takerBits[kindNumber(k)] |= 1 << i;
    }
  });
}

/** A rule's reach before each kind of node, by kind number (Infinity when unbounded). */
function reachByKind(r: Rule, kinds: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < kinds; k++) out.push(NO_REACH);
  for (const k of r.consumes) out[kindNumber(k)] = r.reach ? r.reach(k) : Number.POSITIVE_INFINITY;
  return out;
}
