/**
 * Phrases of tokens in a trie (keys as `phraseKey` gives them: token norms joined by single
 * spaces), so that the longest phrase starting at a token is found by walking the tokens once.
 *
 * Why: the pieces layer asks at every verb-like word for the longest verb phrase there; a
 * look-up per length would build a key string per length, a walk builds none.
 */
import type { Token } from "../tokens.js";

export interface PhraseTrie<T> {
  value: T | undefined;
  next: Map<string, PhraseTrie<T>>;
}

/** A trie of `entries` (a key met twice keeps the first value, as the first `has` would). */
export function phraseTrie<T>(entries: Iterable<readonly [string, T]>): PhraseTrie<T> {
  const root: PhraseTrie<T> = { value: undefined, next: new Map() };
  for (const [key, value] of entries) {
    let node = root;
    for (const word of key.split(" ")) {
      let child = node.next.get(word);
      if (!child) {
        child = { value: undefined, next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }
  return root;
}

/** The longest phrase of at most `max` tokens starting at token i, as [length, value]. */
export function longestPhrase<T>(
  trie: PhraseTrie<T>,
  toks: readonly Token[],
  i: number,
  max: number,
): [number, T] | null {
  let best: [number, T] | null = null;
  let node: PhraseTrie<T> | undefined = trie;
  for (let n = 1; n <= max && i + n <= toks.length; n++) {
    node = node.next.get(toks[i + n - 1].norm);
    if (node === undefined) break;
    if (node.value !== undefined) best = [n, node.value];
  }
  return best;
}
