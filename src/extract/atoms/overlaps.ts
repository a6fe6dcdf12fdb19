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
  // the keys once per item, not once per comparison; the sort is stable, as before
  const tokens = items.map((x) => x.last - x.first);
  const chars = items.map((x) => x.end - x.start);
  const spec = items.map(specificity);
  const order = items.map((_, i) => i);
  order.sort(
    (i, j) =>
      tokens[j] - tokens[i] ||
      chars[j] - chars[i] ||
      spec[j] - spec[i] ||
      items[i].start - items[j].start,
  );
  const ranked = order.map((i) => items[i]);
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
