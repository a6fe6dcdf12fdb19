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

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function normToken(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-");
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    out.push({
      norm: normToken(m[0]),
      raw: m[0],
      start: start + m.index,
      end: start + m.index + m[0].length,
    });
  }
  return out;
}

/** The look-up key of a phrase: its normalised tokens joined by spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm)
    .join(" ");
}
