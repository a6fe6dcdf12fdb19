/**
 * A stretch of a line as words with the separators between them, for rules that walk from a
 * head noun back over its modifiers ("high-value-added intermediate materials").
 */
export interface Word {
  w: string;
  start: number;
  end: number;
  /** the characters between the previous word and this one */
  before: string;
  /** `before` is spaces and tabs only (set once: rules ask it of every word) */
  spaced: boolean;
  /** `w` in lower case (set once: rules look most words up by it) */
  lower: string;
}

/** the last stretch read: three rules read the same line in turn */
let last: { text: string; from: number; to: number; words: Word[] } | null = null;

export function wordsOf(text: string, from: number, to: number): Word[] {
  if (last && last.text === text && last.from === from && last.to === to) return last.words;
  const words = readWords(text, from, to);
  last = { text, from, to, words };
  return words;
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
    let j = i + n;
    let end = j;
    while (j < to) {
      const m = letterOrDigitAt(text, j, to);
      if (m > 0) end = j += m;
      else if (isJoiner(text.charCodeAt(j))) j++;
      else break;
    }
    const spaced = i > prev && onlySpaces(text, prev, i);
    const w = text.slice(i, end);
    out.push({ w, start: i, end, before: text.slice(prev, i), spaced, lower: w.toLowerCase() });
    prev = end;
    i = j;
  }
  return out;
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

/** Only spaces between the word and the one before it (no comma, bracket or quote). */
export const joined = (x: Word): boolean => x.spaced;
