/**
 * What each word the policy layer reacts to may do, in one table: the anaphora cue it is, what
 * it opens among the pieces (a verb phrase, an adverb, a generic subject, "we"), the presence
 * bits it may give (verb and adverb classes, the Agency a pronoun stands for) and the bit of a
 * pattern word. A sentence's tokens are looked up once, and every layer reads their codes.
 *
 * Why: each layer had its own table and looked every token up again; most tokens are in none
 * of them, and one look-up settles that for all.
 */
import type { Token } from "../tokens.js";

export interface WordCode {
  /** anaphora cue bits (anaphora.ts) */
  cue: number;
  /** what the word opens among the pieces (pieces.ts) */
  opens: number;
  /** presence bits the word may give (presence.ts) */
  mask: number;
  /** slot and bit of a word some pattern reads (presence.ts), slot -1 for none */
  slot: number;
  bit: number;
}

/** The parts of the table, each from the layer that reads it. */
export interface CodeParts {
  cue?: ReadonlyMap<string, number>;
  opens?: ReadonlyMap<string, number>;
  mask?: ReadonlyMap<string, number>;
  /** a pattern word's slot and bit */
  words?: ReadonlyMap<string, readonly [number, number]>;
}

export type WordCodes = ReadonlyMap<string, WordCode>;
/** The codes of a sentence's tokens, by token index (undefined: a word no layer reacts to). */
export type TokenCodes = readonly (WordCode | undefined)[];

export function wordCodes(parts: CodeParts): WordCodes {
  const out = new Map<string, WordCode>();
  const codeOf = (w: string) => {
    let c = out.get(w);
    if (!c) {
      c = { cue: 0, opens: 0, mask: 0, slot: -1, bit: 0 };
      out.set(w, c);
    }
    return c;
  };
  for (const [w, bits] of parts.cue ?? []) codeOf(w).cue |= bits;
  for (const [w, bits] of parts.opens ?? []) codeOf(w).opens |= bits;
  for (const [w, bits] of parts.mask ?? []) codeOf(w).mask |= bits;
  for (const [w, [slot, bit]] of parts.words ?? []) {
    const c = codeOf(w);
    c.slot = slot;
    c.bit = bit;
  }
  return out;
}

export function tokenCodes(toks: readonly Token[], codes: WordCodes): TokenCodes {
  const out = new Array<WordCode | undefined>(toks.length);
  for (let i = 0; i < toks.length; i++) out[i] = codes.get(toks[i].norm);
  return out;
}
