/**
 * The lines of a document that carry words: trimmed, non-empty, and mostly in Latin script.
 *
 * Why: lines mostly in another script are spam appended to scraped pages or navigation in
 * another language; they are skipped by every reader.
 */
import { isSpaceAt, type Range } from "../sentences.js";

/** Lines mostly in scripts other than Latin (appended spam, navigation in other languages). */
export function isJunkLine(s: string): boolean {
  // fast path: plain ASCII lines are Latin script
  if (!/[\u0080-\uffff]/.test(s)) return false;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    // other letters are rare: only characters beyond ASCII are tested (by code point)
    else if (c >= 0x80) {
      const next = s.charCodeAt(i + 1);
      const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      if (LETTER.test(s.slice(i, pair ? i + 2 : i + 1))) other++;
      if (pair) i++;
    }
  }
  return other > latin;
}

const LETTER = /^\p{L}/u;

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
  while (i >= 0 && isSpaceAt(text, i)) {
    if (text[i] === "\n") n++;
    i--;
  }
  return n - 1;
}
