/**
 * A set of words with a screen in front: each first character (ASCII) keeps the bits of the
 * lengths of the set's words that start with it, so a word whose first character and length
 * no word of the set has is answered by one table read, not by hashing it into the set.
 *
 * Why: the trade walk asks every word of every sentence whether it may open a figure, a period,
 * a cue or a segment name; those sets are small, and most words of a text share neither first
 * character and length with any of their words.
 */

/** lengths at or above this (and first characters beyond ASCII) always ask the set */
const MAX_SCREENED_LENGTH = 31;

export interface ScreenedWords {
  /** by first character code (< 128): bit n set where a word of the set has length n */
  lengths: Uint32Array;
  words: ReadonlySet<string>;
}

export function screenedWords(words: Iterable<string>): ScreenedWords {
  const set = new Set(words);
  const lengths = new Uint32Array(128);
  for (const w of set) {
    const c = w.charCodeAt(0);
    if (c < 128 && w.length < MAX_SCREENED_LENGTH) lengths[c] |= 1 << w.length;
  }
  return { lengths, words: set };
}

/** `word` is in the set (the same answer as `words.has(word)`). */
export function hasWord(s: ScreenedWords, word: string): boolean {
  const c = word.charCodeAt(0);
  const n = word.length;
  if (c < 128 && n < MAX_SCREENED_LENGTH && (s.lengths[c] & (1 << n)) === 0) return false;
  return s.words.has(word);
}
