/**
 * The one overlap pass: of readings that share tokens, the longest wins, then the most
 * specific (each reader and rule declares its specificity), then the earlier in the text.
 *
 * Why: which reading wins must not depend on the order rules were written or registered in
 * (the old extractor's bug). The same pass settles atoms and composed nodes.
 */
import type { Span } from "./types.js";

/** Non-overlapping winners among `items`, in text order. */
export function resolveOverlaps<T extends Span>(
  items: readonly T[],
  specificity: (x: T) => number,
): T[] {
  const ranked = [...items].sort(
    (a, b) =>
      b.last - b.first - (a.last - a.first) ||
      b.end - b.start - (a.end - a.start) ||
      specificity(b) - specificity(a) ||
      a.start - b.start,
  );
  let size = 0;
  for (const x of items) if (x.last > size) size = x.last;
  const taken = new Uint8Array(size);
  const out: T[] = [];
  for (const x of ranked) {
    let free = true;
    for (let i = x.first; i < x.last && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, x.first, x.last);
    out.push(x);
  }
  return out.sort((a, b) => a.start - b.start);
}
