/**
 * What one sentence may hold (entity types, verb and adverb classes, the words some pattern
 * reads), so that a rule whose pattern needs something the sentence lacks is skipped before
 * matching, and a sentence no rule may match is not cut into pieces at all.
 *
 * Why: every rule runs on every sentence, and most sentences hold the verb, word or entity
 * type of only a few rules. The test is a necessary condition of a match (each step of a
 * pattern other than a gap must fit some piece), so skipping never changes what is found. What
 * a sentence may hold is read from its mentions and its tokens' codes (word-codes.ts), before
 * the pieces: a superset of what its pieces hold (every piece is a mention, "we" or a phrase
 * opened by a token), so the test stays a necessary condition. Types and classes are bits of
 * one number and the patterns' words bits of a few more, numbered once when the rules are
 * loaded, so a rule's test is a few ANDs.
 */
import { ENTITY_TYPES } from "../../core/contract.js";
import type { Mention } from "../entities/index.js";
import type { Step } from "./pattern.js";
import type { PhraseTrie } from "./phrase-trie.js";
import { VERB_CLASSES, type VerbClass, type Vocabulary } from "./vocabulary.js";
import type { TokenCodes } from "./word-codes.js";

const bitsOf = (names: readonly string[], shift: number) =>
  new Map(names.map((n, i) => [n, 1 << (i + shift)]));
const TYPE_BIT = bitsOf(ENTITY_TYPES, 0);
const VERB_BIT = bitsOf(VERB_CLASSES, 8);
const ADVERB_BIT = bitsOf(VERB_CLASSES, 16);

/** What one step needs of a sentence: any of these (an `anyOf` step unites its options). */
interface Need {
  /** entity types, verb and adverb classes: any bit present */
  mask: number;
  /** kinds one of which an entity step's item must have (by `Gate.kinds`), 0 for any */
  kinds: number;
  /** the words and marks, any of them present: bit (id % 30) of slot (id / 30) by `Gate.words` */
  words: number[];
}

/** Bits per slot of the words' mask (a small integer, so the masks stay small integers). */
const SLOT = 30;

/** The rules' needs, compiled once: per rule, the needs of its steps other than gaps. */
export interface Gate {
  /** each word or mark a pattern reads, numbered */
  words: Map<string, number>;
  /** each kind an entity step asks for, as a bit */
  kinds: Map<string, number>;
  needs: Need[][];
  /** the number of word slots */
  slots: number;
  /** per rule, its needs laid flat: mask, kinds, then one word mask per slot, need after need */
  flat: Int32Array[];
  /**
   * The rules by what their first need asks for, as sets of rule indexes (bit r % 32 of word
   * r / 32): per presence bit, the rules whose first need that bit meets; `always`, the rules
   * a word may let in (or with no need at all). A rule in neither set for a sentence's bits
   * fails its first need.
   */
  byBit: Uint32Array[];
  always: Uint32Array;
  /** room for one sentence's set of rules (filled and read within one `candidateRules` call) */
  scratch: Uint32Array;
}

export interface Presence {
  mask: number;
  /** the kinds of the sentence's mentions, as bits (see `Gate.kinds`) */
  kinds: number;
  /** the pattern words the sentence holds, as bits of slots (see `Need.words`) */
  words: number[];
}

/** The bits of the kinds an entity step asks for; 0 when it may take a pronoun's (no kind). */
function kindBits(kinds: readonly string[] | undefined, bits: Map<string, number>): number {
  if (!kinds || kinds.includes("")) return 0;
  let out = 0;
  for (const k of kinds) {
    if (!bits.has(k)) bits.set(k, 1 << bits.size);
    out |= bits.get(k) as number;
  }
  return out;
}

/** Adds what `step` needs to `need`; false when the step needs nothing (a gap). */
function addNeed(
  step: Step,
  need: Need,
  gate: Pick<Gate, "words" | "kinds">,
  inOption = false,
): boolean {
  const { words } = gate;
  if ("anyOf" in step) {
    let any = true;
    for (const s of step.anyOf) any = addNeed(s, need, gate, true) && any;
    return any;
  }
  const or = (bits: Map<string, number>, names: readonly string[]) => {
    for (const n of names) need.mask |= bits.get(n) ?? 0;
  };
  if ("ent" in step) {
    // an entity piece always holds an item, so an `every` step needs one of its types too
    or(TYPE_BIT, step.ent);
    if (!inOption) need.kinds = kindBits(step.kinds, gate.kinds);
  } else if ("verb" in step) or(VERB_BIT, step.verb);
  else if ("adverb" in step) or(ADVERB_BIT, step.adverb);
  else if ("words" in step)
    for (const w of step.words) {
      if (!words.has(w)) words.set(w, words.size);
      const id = words.get(w) as number;
      const slot = Math.floor(id / SLOT);
      while (need.words.length <= slot) need.words.push(0);
      need.words[slot] |= 1 << (id % SLOT);
    }
  else return false;
  return true;
}

export function gateOf(patterns: readonly (readonly Step[])[]): Gate {
  const found = { words: new Map<string, number>(), kinds: new Map<string, number>() };
  const needs = patterns.map((steps) => {
    const out: Need[] = [];
    for (const s of steps) {
      const need: Need = { mask: 0, kinds: 0, words: [] };
      if (addNeed(s, need, found)) out.push(need);
    }
    return out;
  });
  const slots = Math.ceil(found.words.size / SLOT);
  const flat = needs.map((ns) => flatNeeds(ns, slots));
  return { ...found, needs, slots, flat, ...rulesByFirstNeed(needs) };
}

/** The rules' index by their first need (see `Gate.byBit`). */
function rulesByFirstNeed(needs: readonly Need[][]): Pick<Gate, "byBit" | "always" | "scratch"> {
  const size = Math.ceil(needs.length / 32);
  const byBit = Array.from({ length: 32 }, () => new Uint32Array(size));
  const always = new Uint32Array(size);
  needs.forEach((ns, r) => {
    const first = ns[0];
    const bit = 1 << (r % 32);
    if (first === undefined || first.words.some((w) => w !== 0)) always[r >> 5] |= bit;
    for (let b = 0; b < 32; b++)
      if (first !== undefined && first.mask & (1 << b)) byBit[b][r >> 5] |= bit;
  });
  return { byBit, always, scratch: new Uint32Array(size) };
}

/** A rule's needs in one typed array (see `Gate.flat`), read without an object per need. */
function flatNeeds(needs: readonly Need[], slots: number): Int32Array {
  const stride = 2 + slots;
  const out = new Int32Array(needs.length * stride);
  needs.forEach((n, i) => {
    out[i * stride] = n.mask;
    out[i * stride + 1] = n.kinds;
    n.words.forEach((w, k) => {
      out[i * stride + 2 + k] = w;
    });
  });
  return out;
}

/** Each pattern word's slot and bit, for the word codes. */
export function patternWordBits(gate: Gate): Map<string, [number, number]> {
  return new Map([...gate.words].map(([w, id]) => [w, [Math.floor(id / SLOT), 1 << (id % SLOT)]]));
}

/** The verb classes of the phrases under a node of the verb trie, as presence bits. */
function verbBits(node: PhraseTrie<VerbClass>): number {
  let bits = node.value === undefined ? 0 : (VERB_BIT.get(node.value) ?? 0);
  for (const child of node.next.values()) bits |= verbBits(child);
  return bits;
}

/**
 * The presence bits a word may give: the classes of the verb phrases it opens, its adverb
 * class, and Agency for the words that may stand for one ("we", "customs").
 */
export function wordMasks(vocab: Vocabulary, agencyWords: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  const add = (w: string, bits: number) => out.set(w, (out.get(w) ?? 0) | bits);
  for (const [w, node] of vocab.verbPhrases.next) add(w, verbBits(node));
  for (const [w, cls] of vocab.adverbs) add(w, ADVERB_BIT.get(cls) ?? 0);
  for (const w of agencyWords) add(w, TYPE_BIT.get("Agency") ?? 0);
  return out;
}

/** What a sentence may hold: its (top-level) mentions' types and what its tokens may give. */
export function presenceOf(top: readonly Mention[], codes: TokenCodes, gate: Gate): Presence {
  let mask = 0;
  let kinds = 0;
  const words: number[] = new Array(gate.slots).fill(0);
  for (const m of top) {
    mask |= TYPE_BIT.get(m.entity.type) ?? 0;
    kinds |= gate.kinds.get(m.entity.kind ?? "") ?? 0;
  }
  for (const c of codes) {
    if (c === undefined) continue;
    mask |= c.mask;
    if (c.slot >= 0) words[c.slot] |= c.bit;
  }
  return { mask, kinds, words };
}

/**
 * The indexes, in order, of the rules whose needs the sentence may meet: only those its bits
 * may let in by their first need are tested.
 */
export function candidateRules(gate: Gate, has: Presence): number[] {
  const set = gate.scratch;
  set.set(gate.always);
  for (let m = has.mask; m !== 0; m &= m - 1) {
    const rules = gate.byBit[31 - Math.clz32(m & -m)];
    for (let w = 0; w < set.length; w++) set[w] |= rules[w];
  }
  const out: number[] = [];
  for (let w = 0; w < set.length; w++)
    for (let bits = set[w]; bits !== 0; bits &= bits - 1) {
      const r = w * 32 + (31 - Math.clz32(bits & -bits));
      if (mayMatch(gate, r, has)) out.push(r);
    }
  return out;
}

/** False when rule `r` of the gate cannot match (some step fits no piece of the sentence). */
export function mayMatch(gate: Gate, r: number, has: Presence): boolean {
  const f = gate.flat[r];
  const slots = gate.slots;
  for (let o = 0; o < f.length; o += 2 + slots) {
    if ((f[o] & has.mask) !== 0 && (f[o + 1] === 0 || (f[o + 1] & has.kinds) !== 0)) continue;
    let met = false;
    for (let k = 0; k < slots && !met; k++) met = (f[o + 2 + k] & has.words[k]) !== 0;
    if (!met) return false;
  }
  return true;
}
