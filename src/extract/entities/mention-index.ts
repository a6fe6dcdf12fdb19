/** Look-ups over a document's mentions, sorted by start. */
import type { Range } from "../sentences.js";
import type { Mention } from "./types.js";

/** Mentions lying inside `r` (binary search: mentions are sorted by start). */
export function mentionsWithin(
  mentions: readonly Mention[],
  r: Range,
  withNested = true,
): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < r.end; i++) {
    if (mentions[i].end <= r.end && (withNested || !mentions[i].nested)) out.push(mentions[i]);
  }
  return out;
}
