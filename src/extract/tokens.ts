/**
 * Word tokens with offsets, normalised for dictionary look-up.
 *
 * Why: the gazetteers match phrases token by token (longest match first), which is linear in
 * the text and indifferent to spacing, curly apostrophes and case. Each punctuation mark is its
 * own token so that "U.S.", "China's" and "Beijing-Tianjin-Hebei" tokenise the same way in the
 * text and in the reference data.
 */

export interface Token {
  /** lower case, curly quotes straightened */
  norm: string;
  /** as written */
  raw: string;
  start: number;
  end: number;
}

export function normToken(raw: string): string {
  const lower = raw.toLowerCase();
  if (!/[\u0080-\uffff]/.test(lower)) return lower;
  return lower
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-");
}

/**
 * The document being extracted: its tokens are scanned once (on first use) and every later
 * `tokenize` of a range of it (a line, a sentence, read by the trade, policy and entity
 * layers) is a slice of them. Set by `withDocumentTokens`, for one document only.
 */
let current: { text: string; scanned: DocumentTokens | null } | null = null;

/**
 * The document's tokens, and where each starts and ends in two flat arrays: a range's look-up
 * searches them (a thousand look-ups per long document), not the token objects, whose reads
 * are spread over the heap.
 */
interface DocumentTokens {
  tokens: Token[];
  starts: Int32Array;
  ends: Int32Array;
}

/** Runs `fn` with `text` as the document whose ranges `tokenize` answers from one scan. */
export function withDocumentTokens<T>(text: string, fn: () => T): T {
  const outer = current;
  current = { text, scanned: null };
  try {
    return fn();
  } finally {
    current = outer;
  }
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  if (current !== null && text === current.text && start >= 0 && end <= text.length) {
    current.scanned ??= documentTokens(text);
    const slice = rangeOf(current.scanned, start, end);
    if (slice) return slice;
  }
  return scan(text, start, end);
}

function documentTokens(text: string): DocumentTokens {
  const tokens = scan(text, 0, text.length);
  const starts = new Int32Array(tokens.length);
  const ends = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    starts[i] = tokens[i].start;
    ends[i] = tokens[i].end;
  }
  return { tokens, starts, ends };
}

/**
 * The document's tokens within [start, end), or null when a token crosses either bound (a
 * scan of the range alone would cut it). The scanner keeps no state between tokens, so a
 * range whose bounds cut no token scans to exactly these tokens.
 */
function rangeOf(doc: DocumentTokens, start: number, end: number): Token[] | null {
  const { tokens, starts, ends } = doc;
  const lo = firstAbove(ends, start, 0);
  if (lo < tokens.length && starts[lo] < start) return null;
  const hi = firstAtLeast(starts, end, lo);
  if (hi > 0 && hi - 1 >= lo && ends[hi - 1] > end) return null;
  return hi > lo ? tokens.slice(lo, hi) : [];
}

// two binary searches over offsets in text order (written out: a predicate closure per call
// cost more than the search)

/** The first index from `from` whose offset is above `offset`. */
function firstAbove(offsets: Int32Array, offset: number, from: number): number {
  let lo = from;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index from `from` whose offset is at or after `offset`. */
function firstAtLeast(offsets: Int32Array, offset: number, from: number): number {
  let lo = from;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function scan(text: string, start: number, end: number): Token[] {
  // a hand-written scanner: the unicode-property regex was the slowest step of extraction
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || isSpace(c)) {
      i++;
      continue;
    }
    if (isWordChar(text, i, c)) {
      // lower-case ASCII words (most of them) are their own normal form; other ASCII words
      // only need lower case (normToken's replacements are of marks beyond ASCII)
      let plain = c >= 97 && c <= 122;
      let ascii = c < 0x80;
      let j = i + 1;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (!isWordChar(text, j, d)) break;
        if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) plain = false;
        if (d >= 0x80) ascii = false;
      }
      const raw = text.slice(i, j);
      const norm = plain ? raw : ascii ? raw.toLowerCase() : normToken(raw);
      out.push({ norm, raw, start: i, end: j });
      i = j;
    } else {
      // one punctuation mark (a surrogate pair counts as one); an ASCII one is its own
      // normal form
      const j = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? i + 2 : i + 1;
      const raw = text.slice(i, j);
      out.push({ norm: c < 0x80 ? raw : normToken(raw), raw, start: i, end: j });
      i = j;
    }
  }
  return out;
}

function isSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x0b ||
    c === 0x0c ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x3000 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x1680 ||
    c === 0xfeff ||
    c === 0x85
  );
}

const LETTER = /[\p{L}\p{N}]/u;
function isWordChar(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return LETTER.test(text.slice(i - 1, i + 1));
  return LETTER.test(text[i]);
}

/** The look-up key of a phrase: its normalised tokens joined by spaces. */
export function phraseKey(phrase: string): string {
  // most look-ups are ASCII ("china products", "cross-border"): keyed without token objects
  return (
    asciiKey(phrase) ??
    tokenize(phrase)
      .map((t) => t.norm)
      .join(" ")
  );
}

/**
 * The key of an ASCII phrase as `scan` would tokenize it (a run of letters and digits is one
 * word, any other mark one token, spaces between), or null for other text.
 */
function asciiKey(s: string): string | null {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return null;
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isAsciiAlnum(c)) while (j < s.length && isAsciiAlnum(s.charCodeAt(j))) j++;
    out = out === "" ? s.slice(i, j) : `${out} ${s.slice(i, j)}`;
    i = j;
  }
  return out.toLowerCase();
}

const isAsciiAlnum = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
