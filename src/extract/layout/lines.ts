/**
 * The lines of a document that carry words: trimmed, non-empty, and mostly in Latin script.
 *
 * Why: lines mostly in another script are spam appended to scraped pages or navigation in
 * another language; they are skipped by every reader.
 */
import type { Range } from "../sentences.js";

/** Lines mostly in scripts other than Latin (appended spam, navigation in other languages). */
export function isJunkLine(s: string): boolean {
  // fast path: plain ASCII lines are Latin script
  if (!/[\u0080-\uffff]/.test(s)) return false;
  let latin = 0;
  let other = 0;
  for (const ch of s) {
    if (/[A-Za-z\u00c0-\u024f]/.test(ch)) latin++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  return other > latin;
}

export function contentLines(text: string): Range[] {
  const out: Range[] = [];
  for (let from = 0; from <= text.length; ) {
    const lineEnd = text.indexOf("\n", from);
    const next = lineEnd < 0 ? text.length : lineEnd;
    // trimmed in place: white space at either end (a CR before the LF among it) is left out
    let start = from;
    let end = next;
    while (start < end && isSpaceAt(text, start)) start++;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    if (end > start && !isJunkRange(text, start, end)) out.push({ start, end });
    from = next + 1;
  }
  return out;
}

/** `/\s/` at one position, without a regex for ASCII. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[i]);
}

/** `isJunkLine` of a range, the line cut out only when it holds a character beyond ASCII. */
function isJunkRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++)
    if (text.charCodeAt(i) >= 0x80) return isJunkLine(text.slice(start, end));
  return false;
}

/** Blank lines just before offset. */
export function gapBefore(text: string, at: number): number {
  let n = 0;
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i])) {
    if (text[i] === "\n") n++;
    i--;
  }
  return n - 1;
}
