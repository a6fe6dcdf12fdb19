/**
 * The one overlap pass: of readings that share tokens, the longest wins, then the most
 * specific (each reader and rule declares its specificity), then the earlier in the text.
 *
 * Why: which reading wins must not depend on the order rules were written or registered in
 * (the old extractor's bug). The same pass settles atoms and composed nodes.
 *
 * It runs twice per sentence over a handful of items, so the ranking is a stable insertion
 * sort over item indices (a library sort costs more to set up than it saves on so few), with
 * the library's stable sort for long inputs: both give the same order. Items no two of which
 * share a token all win: they are only put in text order, with no ranking.
 */
import type { Span } from "./types.js";

/** above this many items, the library's sort */
const INSERTION_MAX = 24;

/** Non-overlapping winners among `items`, in text order. */
export function resolveOverlaps<T extends Span>(
  items: readonly T[],
  specificity: (x: T) => number,
): T[] {
  const n = items.length;
  if (disjoint(items)) return byStart(items.slice());
  // the keys once per item, not once per comparison
  const spec = new Array<number>(n);
  let size = 0;
  for (let i = 0; i < n; i++) {
    spec[i] = specificity(items[i]);
    if (items[i].last > size) size = items[i].last;
  }
  // the comparator is written in the call: a closure held in a named constant is renamed at
  // every call by the TypeScript loader (keepNames), which cost as much as the sort
  const order = ranked(n, (i, j) => {
    const a = items[i];
    const b = items[j];
    return (
      b.last - b.first - (a.last - a.first) ||
      b.end - b.start - (a.end - a.start) ||
      spec[j] - spec[i] ||
      a.start - b.start
    );
  });
  const mark = nextMark(size);
  const out: T[] = [];
  for (const k of order) {
    const x = items[k];
    let free = true;
    for (let i = x.first; i < x.last && free; i++) if (TAKEN[i] === mark) free = false;
    if (!free) continue;
    for (let i = x.first; i < x.last; i++) TAKEN[i] = mark;
    out.push(x);
  }
  return byStart(out);
}

/**
 * One mark per token, reused by every call: a token is taken in a call when it holds that
 * call's mark (`nextMark`), so nothing is cleared between calls.
 */
let TAKEN = new Int32Array(256);
let MARK = 0;

/** A mark no token holds yet, with room for `size` tokens (the pass calls nothing meanwhile). */
function nextMark(size: number): number {
  if (TAKEN.length < size) TAKEN = new Int32Array(Math.max(size, 2 * TAKEN.length));
  if (MARK === 0x7fffffff) {
    TAKEN.fill(0);
    MARK = 0;
  }
  return ++MARK;
}

/** Whether no two items share a token. */
function disjoint(items: readonly Span[]): boolean {
  let size = 0;
  for (let k = 0; k < items.length; k++) if (items[k].last > size) size = items[k].last;
  const mark = nextMark(size);
  for (let k = 0; k < items.length; k++) {
    const x = items[k];
    for (let i = x.first; i < x.last; i++) {
      if (TAKEN[i] === mark) return false;
      TAKEN[i] = mark;
    }
  }
  return true;
}

/** Indices 0…n-1 in the stable order of `cmp` (negative: i before j). */
function ranked(n: number, cmp: (i: number, j: number) => number): number[] {
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n > INSERTION_MAX) return order.sort(cmp);
  for (let i = 1; i < n; i++) {
    const v = order[i];
    let j = i - 1;
    while (j >= 0 && cmp(v, order[j]) < 0) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = v;
  }
  return order;
}

/** The winners in text order (stable: an insertion sort, or the library's for many). */
function byStart<T extends Span>(xs: T[]): T[] {
  if (xs.length > INSERTION_MAX) return xs.sort((a, b) => a.start - b.start);
  for (let i = 1; i < xs.length; i++) {
    const v = xs[i];
    let j = i - 1;
    while (j >= 0 && v.start < xs[j].start) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = v;
  }
  return xs;
}
