/**
 * Attaches lexicon senses to word tokens: at each token, the longest lexicon surface that
 * starts there ("U.S. dollars", "percentage points", "sold abroad").
 *
 * Why: atoms and rules test a token's class ("a change verb", "a scale word") instead of
 * spelling words, so every word list lives once, in the lexicon. Matching is token by token
 * with the length bounded by the lexicon's longest surface per first token: linear in the text.
 */
import type { Token } from "../tokens.js";
import {
  classNumber,
  LEX_CLASSES,
  type LexClass,
  type Lexicon,
  type LexSense,
  type LexTrieNode,
  lexicon,
} from "./lexicon.js";

export interface LexHit {
  /** token index of the first token of the surface */
  first: number;
  /** token index after the last one */
  last: number;
  senses: readonly LexSense[];
  /** the numbers (`classNumber`) of the senses' classes, each once, in the senses' order */
  classes: readonly number[];
}

export interface LexToken extends Token {
  /** the longest lexicon surface starting at this token, if any */
  hit: LexHit | null;
}

/**
 * "RMB1.8 trillion": a currency code written onto its number is two tokens, so that the number
 * reads whole and the currency is seen. Only codes the lexicon knows as currencies are split
 * ("5G", "COVID19" stay whole).
 */
export function splitCurrencyCodes(tokens: readonly Token[]): readonly Token[] {
  // most sentences have no token a code can be cut from: they are returned as they are
  let k = 0;
  while (k < tokens.length && !codeAndDigits(tokens[k].raw)) k++;
  if (k === tokens.length) return tokens;
  const { byKey } = lexicon();
  const out: Token[] = tokens.slice(0, k);
  for (let i = k; i < tokens.length; i++) {
    const t = tokens[i];
    const m = codeAndDigits(t.raw) ? CODE_AND_DIGITS.exec(t.raw) : null;
    const code = m ? byKey.get(m[1].toLowerCase()) : undefined;
    if (!m || !code?.some((s) => s.entry.cls === "currency")) {
      out.push(t);
      continue;
    }
    const cut = t.start + m[1].length;
    out.push({ raw: m[1], norm: m[1].toLowerCase(), start: t.start, end: cut });
    out.push({ raw: m[2], norm: m[2], start: cut, end: t.end });
  }
  return out;
}

const CODE_AND_DIGITS = /^([A-Za-z]{2,4})(\d+)$/;

/** A cheap test the regex above needs to pass (most tokens fail it): a letter, then a digit last. */
function codeAndDigits(raw: string): boolean {
  const first = raw.charCodeAt(0) | 32;
  const last = raw.charCodeAt(raw.length - 1);
  return raw.length >= 3 && first >= 97 && first <= 122 && last >= 48 && last <= 57;
}

/** The tokens with their longest lexicon hits. */
export function attachLexicon(tokens: readonly Token[]): LexToken[] {
  return lexTokens(tokens, null);
}

/**
 * The token indices of a sentence's hits of each lexicon class, in text order, kept by class
 * number (`classNumber`): an array slot per class, not a map made per sentence.
 */
export class ClassHits {
  private readonly lists: Array<number[] | undefined> = new Array(LEX_CLASSES.length);

  /** The hits of class `cls`, or undefined when there is none. */
  get(cls: LexClass): readonly number[] | undefined {
    return this.lists[classNumber(cls)];
  }

  has(cls: LexClass): boolean {
    return this.lists[classNumber(cls)] !== undefined;
  }

  /** The hits of the class numbered `k`, or undefined. */
  ofNumber(k: number): readonly number[] | undefined {
    return this.lists[k];
  }

  /** Puts token `i` under each class numbered in `classes` (once, as tokens come in order). */
  add(classes: readonly number[], i: number): void {
    for (let c = 0; c < classes.length; c++) {
      const list = this.lists[classes[c]];
      if (list === undefined) this.lists[classes[c]] = [i];
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
}

/** A sentence's tokens with their hits, indexed in the same pass. */
export interface IndexedTokens {
  tokens: LexToken[];
  /** the hits of each class */
  byClass: ClassHits;
  /** the indices of the tokens that open with a digit (number literals start at these) */
  digits: number[];
}

/** The tokens with their longest lexicon hits, the hits of each class and the digit tokens. */
export function attachLexiconIndexed(tokens: readonly Token[]): IndexedTokens {
  const out: IndexedTokens = { tokens: [], byClass: new ClassHits(), digits: [] };
  lexTokens(tokens, out);
  return out;
}

/**
 * `attachLexiconIndexed(splitCurrencyCodes(tokens))` in one pass over the tokens when none
 * is a code and digits (most sentences); else those two steps.
 */
export function attachLexiconSplit(tokens: readonly Token[]): IndexedTokens {
  const out: IndexedTokens = { tokens: [], byClass: new ClassHits(), digits: [] };
  if (indexTokens(tokens, out)) return out;
  return attachLexiconIndexed(splitCurrencyCodes(tokens));
}

/** The tokens with their hits. */
function lexTokens(tokens: readonly Token[], index: IndexedTokens | null): LexToken[] {
  if (index !== null) {
    indexTokens(tokens, index, false);
    return index.tokens;
  }
  const lex = lexicon();
  const out: LexToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const hit = hitAt(lex, tokens, i);
    out.push({ norm: tok.norm, raw: tok.raw, start: tok.start, end: tok.end, hit });
  }
  return out;
}

/**
 * The tokens with their hits into `index`, each hit put by class and each digit token
 * marked; when `stopAtCode`, false at the first token a currency code could be cut from
 * (`codeAndDigits`), with `index` left unfinished.
 */
function indexTokens(tokens: readonly Token[], index: IndexedTokens, stopAtCode = true): boolean {
  const lex = lexicon();
  const out = index.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const raw = tok.raw;
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) index.digits.push(i);
    else if (stopAtCode && raw.length >= 3 && codeAndDigits(raw)) return false;
    const hit = hitAt(lex, tokens, i);
    out.push({ norm: tok.norm, raw, start: tok.start, end: tok.end, hit });
    if (hit !== null) index.byClass.add(hit.classes, i);
  }
  return true;
}

/** The longest lexicon surface starting at token i: a walk down the lexicon's token trie. */
function hitAt(lex: Lexicon, tokens: readonly Token[], i: number): LexHit | null {
  const norm = tokens[i].norm;
  // most tokens start no surface: a filter says so before the trie is looked up
  if (!lex.firstTokens.mayHave(norm)) return null;
  let node = lex.trie.get(norm);
  // the deepest node with senses, made into a hit once at the end
  let found: LexTrieNode | null = null;
  let last = 0;
  for (let j = i; node !== undefined; j++) {
    if (node.senses) {
      found = node;
      last = j + 1;
    }
    if (j + 1 >= tokens.length || node.next === null) break;
    node = node.next.get(tokens[j + 1].norm);
  }
  if (found === null) return null;
  return { first: i, last, senses: found.senses!, classes: found.classes };
}

/** The sense of class `cls` of the hit at token `i`, if that hit has one. */
export function senseAt(tokens: readonly LexToken[], i: number, cls: LexClass): LexSense | null {
  const hit = tokens[i]?.hit;
  if (!hit) return null;
  for (const s of hit.senses) if (s.entry.cls === cls) return s;
  return null;
}
