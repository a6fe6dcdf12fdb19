/**
 * A tokenizer of Cypher text, following Neo4j 5's own lexer where it matters for telling
 * keywords from everything else: string literals ('…' and "…", where a backslash escapes any
 * next character), backticked names (`…`, with `` for a backtick inside), `//` and `/* *\/`
 * comments, and Cypher's whitespace, which is wider than JavaScript's `\s` (it includes the
 * separators U+001C–U+001F; U+0085 and U+FEFF are taken as whitespace here too, to be safe).
 *
 * It does not parse: it only cuts the text so that a check can look at the keywords that are
 * really keywords. Where it may differ from Neo4j it errs towards seeing more keywords: a word
 * is cut at any character that is not a letter, digit or underscore, so a character Neo4j would
 * keep inside one name can only split it into more words here, never join two into one.
 */

export type TokenKind =
  | "word" // a bare identifier or keyword
  | "name" // a backticked name, its text without the backticks
  | "string"
  | "number"
  | "symbol"
  | "space"
  | "comment";

export interface CypherToken {
  kind: TokenKind;
  /** For words, the text as written; for names and strings, the value inside the quotes. */
  text: string;
  /** Offset of the token's first character in the query. */
  offset: number;
}

/** Cypher's whitespace (Neo4j 5 lexer, SPACE rule), plus NEL (U+0085) and the BOM (U+FEFF). */
export const CYPHER_WHITESPACE = new Set(
  [
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
    0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f,
    0x205f, 0x3000, 0xfeff,
  ].map((code) => String.fromCharCode(code)),
);

const WORD_CHAR = /[\p{L}\p{Nd}\p{Nl}\p{Mn}\p{Mc}_]/u;
const DIGIT = /[0-9]/;

/** Where the token starting at `start` ends (exclusive), for each kind that needs scanning. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i];
    if (char === "\\" && quote !== "`") i += 2;
    else if (char === quote) {
      // A backticked name writes a backtick as two of them.
      if (quote === "`" && text[i + 1] === "`") i += 2;
      else return i + 1;
    } else i += 1;
  }
  return text.length; // unterminated: Neo4j refuses it; here it swallows the rest
}

function runEnd(text: string, start: number, accepts: (char: string) => boolean): number {
  let i = start;
  while (i < text.length && accepts(text[i])) i += 1;
  return i;
}

function commentEnd(text: string, start: number): number {
  if (text[start + 1] === "/") return runEnd(text, start, (c) => c !== "\n" && c !== "\r");
  const close = text.indexOf("*/", start + 2);
  return close === -1 ? text.length : close + 2;
}

/** The value inside quotes: escapes resolved only as far as the checks need (`` → `). */
function innerText(raw: string, quote: string): string {
  const inner = raw.slice(1, raw.endsWith(quote) && raw.length > 1 ? -1 : undefined);
  return quote === "`" ? inner.replaceAll("``", "`") : inner;
}

export function tokenize(text: string): CypherToken[] {
  const tokens: CypherToken[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    let kind: TokenKind;
    let end: number;
    if (CYPHER_WHITESPACE.has(char)) {
      kind = "space";
      end = runEnd(text, i, (c) => CYPHER_WHITESPACE.has(c));
    } else if (char === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
      kind = "comment";
      end = commentEnd(text, i);
    } else if (char === "'" || char === '"' || char === "`") {
      kind = char === "`" ? "name" : "string";
      end = quotedEnd(text, i, char);
    } else if (DIGIT.test(char)) {
      kind = "number";
      end = runEnd(text, i, (c) => WORD_CHAR.test(c));
    } else if (WORD_CHAR.test(char)) {
      kind = "word";
      end = runEnd(text, i, (c) => WORD_CHAR.test(c));
    } else {
      kind = "symbol";
      end = i + 1;
    }
    const raw = text.slice(i, end);
    const value = kind === "name" || kind === "string" ? innerText(raw, char) : raw;
    tokens.push({ kind, text: value, offset: i });
    i = end;
  }
  return tokens;
}

/** The tokens a parser would see: whitespace and comments dropped. */
export function significantTokens(text: string): CypherToken[] {
  return tokenize(text).filter((token) => token.kind !== "space" && token.kind !== "comment");
}
