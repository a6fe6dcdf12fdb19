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

/**
 * The table: each word's code. Most tokens are in no layer's lists, and the listed words met
 * most often are short (",", "the", "of"): a word of one or two ASCII characters is read from
 * an array by its characters, and a longer one is looked up only when some listed word has its
 * first two characters and its length.
 */
export class WordCodes {
  private readonly codes: ReadonlyMap<string, WordCode>;
  /** the codes of one-character words, by character */
  private readonly one: (WordCode | undefined)[] = new Array(128).fill(undefined);
  /** the codes of two-character words, by `pairOf` */
  private readonly two: (WordCode | undefined)[] = new Array(PAIRS).fill(undefined);
  /** per first two characters, bit n for a listed word of length n (bit 31: 31 or more) */
  private readonly screen = new Uint32Array(PAIRS);

  constructor(codes: ReadonlyMap<string, WordCode>) {
    this.codes = codes;
    for (const [w, code] of codes) {
      const c = w.charCodeAt(0);
      if (w.length === 1 && c < 128) this.one[c] = code;
      const pair = w.length >= 2 ? pairOf(c, w.charCodeAt(1)) : -1;
      if (pair < 0) continue;
      if (w.length === 2) this.two[pair] = code;
      else this.screen[pair] |= lengthBit(w.length);
    }
  }

  get(norm: string): WordCode | undefined {
    const c = norm.charCodeAt(0);
    if (c >= 128) return this.codes.get(norm);
    const n = norm.length;
    if (n === 1) return this.one[c];
    const pair = pairOf(c, norm.charCodeAt(1));
    if (pair < 0) return this.codes.get(norm);
    if (n === 2) return this.two[pair];
    return (this.screen[pair] & lengthBit(n)) === 0 ? undefined : this.codes.get(norm);
  }
}

const PAIRS = 128 * 128;
/** Two ASCII characters as one index, -1 when either is beyond ASCII. */
const pairOf = (a: number, b: number) => (a < 128 && b < 128 ? a * 128 + b : -1);
const lengthBit = (n: number) => (n < 31 ? 1 << n : 1 << 31);
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
  return new WordCodes(out);
}

export function tokenCodes(toks: readonly Token[], codes: WordCodes): TokenCodes {
  const out = new Array<WordCode | undefined>(toks.length);
  for (let i = 0; i < toks.length; i++) out[i] = codes.get(toks[i].norm);
  return out;
}
