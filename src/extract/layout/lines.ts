/**
 * The lines of a document that carry words: trimmed, non-empty, and mostly in Latin script.
 *
 * Why: lines mostly in another script are spam appended to scraped pages or navigation in
 * another language; they are skipped by every reader.
 */
import { type Range, splitLines, trimRange } from "../sentences.js";

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
  for (const line of splitLines(text)) {
    const r = trimRange(text, line);
    if (r.end > r.start && !isJunkRange(text, r)) out.push(r);
  }
  return out;
}

/** `isJunkLine` of a range, the line cut out only when it holds a character beyond ASCII. */
function isJunkRange(text: string, r: Range): boolean {
  for (let i = r.start; i < r.end; i++)
    if (text.charCodeAt(i) >= 0x80) return isJunkLine(text.slice(r.start, r.end));
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
