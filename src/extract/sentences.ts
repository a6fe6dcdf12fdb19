/**
 * Paragraphs and sentences as offset ranges into the document text.
 *
 * Why ranges and not strings: every fact cites its sentence as evidence, and the contract
 * wants the exact characters (quote === text.slice(start, end)), CRLF or not. Lines are
 * paragraphs (briefings and releases put one paragraph per line); sentences end at . ! ? unless
 * the dot closes an abbreviation such as "Mr." or "U.S.".
 */

export interface Range {
  start: number;
  end: number;
}

export function splitLines(text: string, start = 0, end = text.length): Range[] {
  const out: Range[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 10) {
      let e = i;
      if (e > s && text.charCodeAt(e - 1) === 13) e--;
      out.push({ start: s, end: e });
      s = i + 1;
    }
  }
  return out;
}

/** The range without leading and trailing white space. */
export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

/** `/\s/` at one position, without a regex for ASCII (most text). */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[i]);
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "no",
  "nos",
  "st",
  "co",
  "ltd",
  "inc",
  "corp",
  "vs",
  "etc",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "approx",
  "est",
  "gov",
  "dept",
  "e.g",
  "i.e",
  "u.s",
  "u.k",
  "u.a.e",
  "p.m",
  "a.m",
  "fig",
  "art",
  "para",
]);

/** Sentences of one paragraph. */
export function splitSentences(text: string, para: Range): Range[] {
  const out: Range[] = [];
  const p = trimRange(text, para);
  let s = p.start;
  const re = /[.!?]+["'\u201d\u2019)]*(?=\s+["'\u201c\u2018(]?[A-Z0-9])/g;
  const chunk = text.slice(p.start, p.end);
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    const dot = p.start + m.index;
    if (text[dot] === "." && isAbbreviation(text, s, dot)) continue;
    const e = p.start + m.index + m[0].length;
    out.push({ start: s, end: e });
    s = e;
    while (s < p.end && isSpaceAt(text, s)) s++;
  }
  if (s < p.end) out.push({ start: s, end: p.end });
  return out;
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // single capital initials ("J. Smith") and dotted acronyms ("U.S.")
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

/** `/[A-Za-z.]/` of one character code */
function isLetterOrDot(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
}
