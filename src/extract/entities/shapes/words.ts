/**
 * A stretch of a line as words with the separators between them, for rules that walk from a
 * head noun back over its modifiers ("high-value-added intermediate materials").
 */
import { type LexSense, lexicon } from "../../lexicon/lexicon.js";
import { phraseKey, type Token, tokenize } from "../../tokens.js";
import { tokenRange } from "../token-range.js";

export class Word {
  constructor(
    readonly w: string,
    readonly start: number,
    readonly end: number,
    /** only spaces and tabs before the word (set once: rules ask it of every word) */
    readonly spaced: boolean,
    /** `w` in lower case (set once: rules look most words up by it) */
    readonly lower: string,
    /** ASCII letters and digits only: `lower` is its own look-up key (`wordKey`) */
    readonly plain: boolean,
    private readonly text: string,
    private readonly prevEnd: number,
  ) {}

  /** the characters between the previous word and this one (read by few rules: sliced on demand) */
  get before(): string {
    return this.text.slice(this.prevEnd, this.start);
  }
}

/** the last stretch read: three rules read the same line in turn */
let last: { text: string; from: number; to: number; words: Word[] } | null = null;

/**
 * The document's tokens while its lines are read (`withLineTokens`): a line's words are
 * built from them where they lie, without a copy of the line's tokens.
 */
let lineTokens: { text: string; tokens: readonly Token[] } | null = null;

/** Runs `fn` with `tokens` (all of `text`'s, as `tokenize` gives them) as the words' source. */
export function withLineTokens<T>(text: string, tokens: readonly Token[], fn: () => T): T {
  const outer = lineTokens;
  lineTokens = { text, tokens };
  try {
    return fn();
  } finally {
    lineTokens = outer;
  }
}

export function wordsOf(text: string, from: number, to: number): Word[] {
  if (last && last.text === text && last.from === from && last.to === to) return last.words;
  const words = wordsFromTokens(text, from, to) ?? readWords(text, from, to);
  last = { text, from, to, words };
  return words;
}

/** The tokens of `text[from, to)`: the document's where they lie, else `tokenize`'s. */
function tokensOf(
  text: string,
  from: number,
  to: number,
): { toks: readonly Token[]; lo: number; hi: number } {
  const range = lineTokens?.text === text ? tokenRange(lineTokens.tokens, from, to) : null;
  if (lineTokens && range) return { toks: lineTokens.tokens, lo: range.lo, hi: range.hi };
  const toks = tokenize(text, from, to);
  return { toks, lo: 0, hi: toks.length };
}

/**
 * The words of a stretch read from its tokens (`tokenize`: the document's one scan, sliced):
 * a word is a word token, with the word tokens that touch it through apostrophes and hyphens.
 * The same words as `readWords` reads, without a second reading of the characters. Null when
 * a token holds half of a surrogate pair's code units (the two scans read a lone one apart).
 */
function wordsFromTokens(text: string, from: number, to: number): Word[] | null {
  const { toks, lo, hi } = tokensOf(text, from, to);
  const out: Word[] = [];
  let prev = from;
  for (let t = lo; t < hi; ) {
    const first = toks[t];
    const kind = tokenKind(first.raw);
    if (kind === SURROGATE) return null;
    if (kind !== WORD && kind !== ASCII_WORD) {
      t++;
      continue;
    }
    // the word runs on over touching joiners and word tokens; its last word token ends it
    let last = t;
    let k = t + 1;
    for (let at = first.end; k < hi && toks[k].start === at; k++) {
      const kk = tokenKind(toks[k].raw);
      if (kk === WORD || kk === ASCII_WORD) last = k;
      else if (kk === SURROGATE) return null;
      else if (kk !== JOINER) break;
      at = toks[k].end;
    }
    const start = first.start;
    const spaced = start > prev && onlySpaces(text, prev, start);
    out.push(
      last === t
        ? tokenWord(text, first, kind === ASCII_WORD, spaced, prev)
        : joinedWord(text, first, toks[last], spaced, prev),
    );
    prev = toks[last].end;
    t = k;
  }
  return out;
}

/** A word of one token: plain when ASCII letters and digits only, its lower case the token's. */
function tokenWord(text: string, tok: Token, ascii: boolean, spaced: boolean, prev: number): Word {
  const w = tok.raw;
  // an ASCII token's norm is its lower case
  const lower = ascii ? tok.norm : w.toLowerCase();
  return new Word(w, tok.start, tok.end, spaced, lower, ascii, text, prev);
}

/** A word of tokens joined by apostrophes or hyphens ("China's", "high-tech"): never plain. */
function joinedWord(text: string, first: Token, last: Token, spaced: boolean, prev: number): Word {
  const w = text.slice(first.start, last.end);
  return new Word(w, first.start, last.end, spaced, w.toLowerCase(), false, text, prev);
}

const ASCII_WORD = 0;
const WORD = 1;
const JOINER = 2;
const OTHER = 3;
const SURROGATE = 4;

/**
 * What a token is to words: a word token of ASCII letters and digits, another word token, a
 * joiner, another mark, or a token holding a surrogate code unit (a pair's half: the token
 * scan and the word scan may read it apart, so the words are then read by their own scan).
 */
function tokenKind(raw: string): number {
  const c = raw.charCodeAt(0);
  if (raw.length === 1 && c < 0x80)
    return isAsciiAlnum(c) ? ASCII_WORD : c === 39 || c === 45 ? JOINER : OTHER;
  let ascii = true;
  for (let i = 0; i < raw.length; i++) {
    const d = raw.charCodeAt(i);
    if (d < 0x80) continue;
    if (d >= 0xd800 && d <= 0xdfff) return SURROGATE;
    ascii = false;
  }
  // a mark is one character (or a surrogate pair): a longer token is a word
  if (ascii) return ASCII_WORD;
  if (raw.length > 1) return WORD;
  if (c === 0x2019) return JOINER;
  return LETTER_OR_DIGIT.test(raw) ? WORD : OTHER;
}

/**
 * A word: a letter or digit, then letters, digits, apostrophes and hyphens, the apostrophes
 * and hyphens at its end left out. A hand-written scan (the unicode regex it replaces was a
 * hot spot), the same words.
 */
function readWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let prev = from;
  let i = from;
  while (i < to) {
    const n = letterOrDigitAt(text, i, to);
    if (n === 0) {
      i++;
      continue;
    }
    // plain: ASCII letters and digits only; upper: one of them a capital
    let plain = text.charCodeAt(i) < 0x80;
    let upper = isAsciiCapital(text.charCodeAt(i));
    let j = i + n;
    let end = j;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (c < 0x80) {
        // most characters: ASCII read here without the unicode test
        if (isAsciiAlnum(c)) {
          end = ++j;
          if (isAsciiCapital(c)) upper = true;
        } else if (isJoiner(c)) {
          j++;
          plain = false;
        } else break;
        continue;
      }
      const m = letterOrDigitAt(text, j, to);
      if (m > 0) end = j += m;
      else if (!isJoiner(c)) break;
      else j++;
      plain = false;
    }
    // a joiner left out at the word's end leaves it plain
    if (!plain && end < j) plain = isPlain(text, i, end);
    const spaced = i > prev && onlySpaces(text, prev, i);
    const w = text.slice(i, end);
    const lower = plain && !upper ? w : w.toLowerCase();
    out.push(new Word(w, i, end, spaced, lower, plain, text, prev));
    prev = end;
    i = j;
  }
  return out;
}

const isAsciiCapital = (c: number) => c >= 65 && c <= 90;
const isAsciiAlnum = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

function isPlain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (text.charCodeAt(i) >= 0x80 || isJoiner(text.charCodeAt(i))) return false;
  return true;
}

/** ' ’ -: inside a word ("China's", "high-tech"), never at its end */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length of the letter or digit at i (2 for a surrogate pair), or 0 if none is there. */
function letterOrDigitAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80)
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * The look-up key of one word, as `phraseKey` gives it (the lexicon's and the gazetteer's
 * keys): a word of ASCII letters and digits is its own key in lower case, read without
 * building tokens (rules look up most words of every line).
 */
export function wordKey(w: string): string {
  for (let i = 0; i < w.length; i++) if (!isAsciiAlnum(w.charCodeAt(i))) return phraseKey(w);
  return w.toLowerCase();
}

/** `wordKey(x.lower)`, read from the word's scan. */
export function lowerKey(x: Word): string {
  return x.plain ? x.lower : wordKey(x.lower);
}

/** The lexicon's senses of one word (`lookup` of the lexicon, by `wordKey`). */
export function wordSenses(w: string): readonly LexSense[] {
  return lexicon().byKey.get(wordKey(w)) ?? NO_SENSES;
}
const NO_SENSES: readonly LexSense[] = [];

/** Only spaces between the word and the one before it (no comma, bracket or quote). */
export const joined = (x: Word): boolean => x.spaced;
