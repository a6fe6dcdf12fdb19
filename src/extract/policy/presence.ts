/**
 * What one sentence's pieces hold (entity types, verb and adverb classes, the words some
 * pattern reads), so that a rule whose pattern needs something the sentence lacks is skipped
 * before matching.
 *
 * Why: every rule runs on every sentence, and most sentences hold the verb, word or entity
 * type of only a few rules. The test is a necessary condition of a match (each step of a
 * pattern other than a gap must fit some piece), so skipping never changes what is found.
 * Types and classes are bits of one number and the patterns' words bits of a few more,
 * numbered once when the rules are loaded, so a rule's test is a few ANDs.
 */
import { ENTITY_TYPES } from "../../core/contract.js";
import type { Step } from "./pattern.js";
import type { Piece } from "./types.js";
import { VERB_CLASSES } from "./vocabulary.js";

const bitsOf = (names: readonly string[], shift: number) =>
  new Map(names.map((n, i) => [n, 1 << (i + shift)]));
const TYPE_BIT = bitsOf(ENTITY_TYPES, 0);
const VERB_BIT = bitsOf(VERB_CLASSES, 8);
const ADVERB_BIT = bitsOf(VERB_CLASSES, 16);
/** an entity piece without items (an `every` step fits it vacuously) */
const EMPTY_ENT = 1 << 24;

/** What one step needs of a sentence: any of these (an `anyOf` step unites its options). */
interface Need {
  /** entity types, verb and adverb classes, an empty entity piece: any bit present */
  mask: number;
  /** the words and marks, any of them present: bit (id % 30) of slot (id / 30) by `Gate.words` */
  words: number[];
}

/** Bits per slot of the words' mask (a small integer, so the masks stay small integers). */
const SLOT = 30;

/** The rules' needs, compiled once: per rule, the needs of its steps other than gaps. */
export interface Gate {
  /** each word or mark a pattern reads, numbered */
  words: Map<string, number>;
  needs: Need[][];
}

export interface Presence {
  mask: number;
  /** the pattern words the sentence holds, as bits of slots (see `Need.words`) */
  words: number[];
}

/** Adds what `step` needs to `need`; false when the step needs nothing (a gap). */
function addNeed(step: Step, need: Need, words: Map<string, number>): boolean {
  if ("anyOf" in step) {
    let any = true;
    for (const s of step.anyOf) any = addNeed(s, need, words) && any;
    return any;
  }
  const or = (bits: Map<string, number>, names: readonly string[]) => {
    for (const n of names) need.mask |= bits.get(n) ?? 0;
  };
  if ("ent" in step) {
    or(TYPE_BIT, step.ent);
    if (step.every === true) need.mask |= EMPTY_ENT;
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
  const words = new Map<string, number>();
  const needs = patterns.map((steps) => {
    const out: Need[] = [];
    for (const s of steps) {
      const need: Need = { mask: 0, words: [] };
      if (addNeed(s, need, words)) out.push(need);
    }
    return out;
  });
  return { words, needs };
}

export function presenceOf(pieces: readonly Piece[], gate: Gate): Presence {
  let mask = 0;
  const words: number[] = new Array(Math.ceil(gate.words.size / SLOT)).fill(0);
  for (const p of pieces) {
    if (p.kind === "ent") {
      if (p.items.length === 0) mask |= EMPTY_ENT;
      for (const it of p.items) mask |= TYPE_BIT.get(it.type) ?? 0;
    } else if (p.kind === "verb") mask |= VERB_BIT.get(p.cls) ?? 0;
    else if (p.kind === "adverb") mask |= ADVERB_BIT.get(p.cls) ?? 0;
    else {
      const id = gate.words.get(p.norm);
      if (id !== undefined) words[Math.floor(id / SLOT)] |= 1 << (id % SLOT);
    }
  }
  return { mask, words };
}

/** False when rule `r` of the gate cannot match (some step fits no piece of the sentence). */
export function mayMatch(gate: Gate, r: number, has: Presence): boolean {
  for (const n of gate.needs[r]) {
    if ((n.mask & has.mask) !== 0) continue;
    let met = false;
    for (let k = 0; k < n.words.length && !met; k++) met = (n.words[k] & has.words[k]) !== 0;
    if (!met) return false;
  }
  return true;
}
