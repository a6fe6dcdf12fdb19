/**
 * Where a stretch of the document lies among the document's tokens: the line's tokens are
 * read in place, as indices of one array, instead of a copy of them for each line.
 *
 * Why: the entity layer reads every line; `tokenize` of a line copies the tokens it holds,
 * a cost per line that indices do not have. A stretch whose bounds cut a token has no such
 * range (a scan of the stretch alone cuts that token: the caller scans it).
 */
import type { Token } from "../tokens.js";

export interface TokenRange {
  lo: number;
  hi: number;
}

/** The indices `[lo, hi)` of the tokens within `[start, end)`, or null when a bound cuts a token. */
export function tokenRange(
  tokens: readonly Token[],
  start: number,
  end: number,
): TokenRange | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end > start) hi = mid;
    else lo = mid + 1;
  }
  if (lo < tokens.length && tokens[lo].start < start) return null;
  const first = lo;
  hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start >= end) hi = mid;
    else lo = mid + 1;
  }
  if (lo > first && tokens[lo - 1].end > end) return null;
  return { lo: first, hi: lo };
}
