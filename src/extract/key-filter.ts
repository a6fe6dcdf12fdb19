/**
 * A filter over a set of words, asked before a hash look-up: it says "maybe" for every word of
 * the set and "no" for most others, from a word's first two characters, its last one and its length.
 *
 * Why: the gazetteer, the shape rules, the lexicon, the chart and the trade walk look up every
 * word of every line or sentence in small sets (first words of names, head nouns, flow words,
 * rule start words, segment names) and most words are in none; a hash look-up of a freshly
 * sliced word costs several times this test.
 */
const SIZE = 1 << 14;

export class KeyFilter {
  private readonly bits = new Uint8Array(SIZE);

  constructor(keys: Iterable<string> = []) {
    for (const k of keys) this.add(k);
  }

  add(key: string): void {
    this.bits[bucket(key)] = 1;
  }

  /** false only for a word that is not in the set */
  mayHave(word: string): boolean {
    return this.bits[bucket(word)] === 1;
  }
}

/**
 * One of SIZE buckets from the first two characters, the last one and the length (a
 * one-letter word's second is 0). The last character halves the words of the gazetteer's
 * first-token filter that pass it without being a first token ("trade", "percent").
 */
export function bucket(w: string): number {
  // no character read past the end: NaN would take the arithmetic off small integers
  const n = w.length;
  if (n === 0) return 0;
  const second = n > 1 ? w.charCodeAt(1) : 0;
  return (((w.charCodeAt(0) * 31 + second) * 31 + w.charCodeAt(n - 1)) * 31 + n) & (SIZE - 1);
}

/** A set of words behind its filter: `has` answers exactly as the set does, most misses without hashing. */
export class FilteredWords {
  private readonly words: ReadonlySet<string>;
  private readonly filter: KeyFilter;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.filter = new KeyFilter(this.words);
  }

  has(word: string): boolean {
    return this.filter.mayHave(word) && this.words.has(word);
  }
}
