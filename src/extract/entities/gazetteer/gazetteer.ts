/**
 * A dictionary of named things, matched longest-first over word tokens.
 *
 * Why: entities must come from well-kept lists, not from hand-written lists of a document's
 * answers (the lists are loaded by `reference.ts`). Look-up is by normalised token sequence,
 * so the cost is linear in the text. All-capital acronyms ("US", "EU") match only as written;
 * names that start with a capital letter need a capital in the text ("Turkey", not "turkey").
 */

import { bucket, KeyFilter } from "../../key-filter.js";
import { phraseKey, type Token, tokenize } from "../../tokens.js";
import type { EntityInfo } from "../types.js";

interface Surface {
  entity: EntityInfo;
  /** exact token sequence required (acronyms) */
  exact: string | null;
  /** the first letter must be a capital in the text */
  capital: boolean;
}

export interface GazetteerMatch {
  entity: EntityInfo;
  start: number;
  end: number;
  surface: string;
}

export class Gazetteer {
  private readonly byKey = new Map<string, Surface[]>();
  /**
   * The keys as a trie of normalised tokens: a scan walks it token by token (no key strings
   * built) and stops as soon as no name can follow.
   */
  private readonly trie: TrieNode = { next: new Map(), mask: 0, surfaces: null };
  /** the trie's first tokens, as a filter asked before the look-up of each token of a text */
  private readonly firstTokens = new KeyFilter();
  readonly entities = new Map<string, EntityInfo>();
  /** the nodes `longestAt` passes, kept between calls (one walk at a time, no array per walk) */
  private readonly path: TrieNode[] = [];

  add(entity: EntityInfo, surface: string, caseSensitive = false): void {
    const existing = this.entities.get(entity.id);
    const info = existing ?? entity;
    if (!existing) this.entities.set(entity.id, entity);
    const toks = tokenize(surface);
    if (toks.length === 0) return;
    const key = toks.map((t) => t.norm).join(" ");
    const acronym = caseSensitive || /^[A-Z][A-Z0-9.&]{0,6}$/.test(surface.replace(/\s/g, ""));
    const s: Surface = {
      entity: info,
      exact: acronym ? toks.map((t) => t.raw).join(" ") : null,
      capital: /^[A-Z]/.test(surface),
    };
    const list = this.byKey.get(key);
    if (list) {
      if (!list.some((x) => x.entity.id === info.id && x.exact === s.exact)) list.push(s);
    } else {
      const fresh = [s];
      this.byKey.set(key, fresh);
      trieNodeOf(this.trie, toks).surfaces = fresh;
      this.firstTokens.add(toks[0].norm);
    }
  }

  /**
   * Longest matches, left to right, not overlapping. Double quotes inside a name are read
   * through ('“Belt and Road” countries').
   */
  match(text: string, allTokens: Token[]): GazetteerMatch[] {
    const found = (entity: EntityInfo, start: number, end: number): GazetteerMatch => ({
      entity,
      start,
      end,
      surface: text.slice(start, end),
    });
    return this.matchIn(text, allTokens, 0, allTokens.length, found, []);
  }

  /**
   * `match` over `tokens[lo, hi)`, each name made by `found` and pushed to `out`: a line of
   * the document's tokens is read where it lies, without a copy of it (most lines hold no
   * quote, whose tokens are read through), and its names become the caller's own values.
   */
  matchIn<T>(
    text: string,
    allTokens: Token[],
    lo: number,
    hi: number,
    found: (entity: EntityInfo, start: number, end: number) => T,
    out: T[],
  ): T[] {
    let tokens = allTokens;
    if (hasQuote(allTokens, lo, hi)) {
      tokens = allTokens.slice(lo, hi).filter((t) => !isQuote(t));
      lo = 0;
      hi = tokens.length;
    }
    for (let i = lo; i < hi; ) {
      const norm = tokens[i].norm;
      const first = this.firstTokens.mayHave(norm) ? this.trie.next.get(norm) : undefined;
      const used = first ? this.longestAt(text, tokens, i, hi, first, found, out) : 0;
      i += used > 0 ? used : 1;
    }
    return out;
  }

  /**
   * The longest name starting at token i (before `hi`) that its case and its word boundaries
   * allow, pushed to `out`; how many tokens it takes (0 for none). `first` is the trie's node
   * of token i.
   */
  private longestAt<T>(
    text: string,
    tokens: Token[],
    i: number,
    hi: number,
    first: TrieNode,
    found: (entity: EntityInfo, start: number, end: number) => T,
    out: T[],
  ): number {
    // extend while the token sequence is still the start of some name; keep the nodes passed
    const path = this.path;
    path[0] = first;
    let n = 1;
    for (let k = i + 1; k < hi; k++) {
      const norm = tokens[k].norm;
      if ((path[n - 1].mask & maskBit(norm)) === 0) break;
      const at = path[n - 1].next.get(norm);
      if (!at) break;
      path[n++] = at;
    }
    const c0 = tokens[i].raw.charCodeAt(0);
    const capital = (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57);
    for (; n >= 1; n--) {
      const list = path[n - 1].surfaces;
      if (!list) continue;
      const s = surfaceFor(list, tokens, i, n, capital);
      if (!s) continue;
      const end = tokens[i + n - 1].end;
      if (!wordBoundaries(text, tokens[i].start, end)) continue;
      // "paper-based", "steel-made": a product name inside a compound modifier is not a product
      if (s.entity.type === "Commodity" && /^-\p{L}/u.test(text.slice(end, end + 2))) continue;
      const start = tokens[i].start;
      out.push(found(s.entity, start, end));
      return n;
    }
    return 0;
  }

  lookup(surface: string): EntityInfo | undefined {
    // most shapes' names start with a word no name starts with: no key is built for them
    const first = asciiFirstToken(surface);
    if (first !== null && !this.firstTokens.mayHave(first)) return undefined;
    return this.lookupKey(isPlainPhrase(surface) ? surface.toLowerCase() : phraseKey(surface));
  }

  /** `lookup` by a key already made (`phraseKey`), for rules that read words with their keys. */
  lookupKey(key: string): EntityInfo | undefined {
    return this.byKey.get(key)?.[0]?.entity;
  }
}

/**
 * The first token of an ASCII phrase's key (`phraseKey`: a run of letters and digits in lower
 * case, or one other mark, after any spaces), or null when the phrase is empty, starts beyond
 * ASCII or holds a character beyond ASCII before its first token ends.
 */
function asciiFirstToken(s: string): string | null {
  let i = 0;
  while (i < s.length && isKeySpace(s.charCodeAt(i))) i++;
  if (i === s.length || s.charCodeAt(i) >= 0x80) return null;
  let j = i + 1;
  if (isAsciiAlnum(s.charCodeAt(i))) while (j < s.length && isAsciiAlnum(s.charCodeAt(j))) j++;
  if (j < s.length && s.charCodeAt(j) >= 0x80) return null;
  return s.slice(i, j).toLowerCase();
}

const isKeySpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAsciiAlnum = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * ASCII letters and digits in words apart by one space: the phrase's key (`phraseKey`) is the
 * phrase in lower case, made without reading it as tokens (shapes look up most names they find).
 */
function isPlainPhrase(s: string): boolean {
  if (s.length === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i + 1) === 32) return false;
    } else if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)))
      return false;
  }
  return true;
}

const isQuote = (t: Token) => t.norm === '"';

function hasQuote(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (tokens[i].norm === '"') return true;
  return false;
}

/**
 * The first surface of a node's list the text's tokens `[i, i + n)` may be: an acronym only
 * as written, a capitalised name only after a capital.
 */
function surfaceFor(
  list: readonly Surface[],
  tokens: Token[],
  i: number,
  n: number,
  capital: boolean,
): Surface | undefined {
  let raw: string | null = null;
  for (const x of list) {
    if (!x.exact) {
      if (!x.capital || capital) return x;
      continue;
    }
    raw ??= joinRaw(tokens, i, n);
    if (x.exact === raw) return x;
  }
  return undefined;
}

/** One token of a key: the tokens that may follow it, and the names that end here. */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** the following tokens' bits (`maskBit`): a token whose bit is not set follows no name here */
  mask: number;
  surfaces: Surface[] | null;
}

/** A token's bit among 32, from its filter bucket: asked before the look-up of a next token. */
const maskBit = (norm: string) => 1 << (bucket(norm) & 31);

/** The node of a key's tokens, made where missing. */
function trieNodeOf(root: TrieNode, toks: readonly Token[]): TrieNode {
  let at = root;
  for (const t of toks) {
    let next = at.next.get(t.norm);
    if (!next) {
      next = { next: new Map(), mask: 0, surfaces: null };
      at.next.set(t.norm, next);
      at.mask |= maskBit(t.norm);
    }
    at = next;
  }
  return at;
}

function joinRaw(tokens: Token[], i: number, n: number): string {
  let s = tokens[i].raw;
  for (let k = 1; k < n; k++) s += ` ${tokens[i + k].raw}`;
  return s;
}

/** A match must not end inside a word ("US" in "USB" is not the United States). */
function wordBoundaries(text: string, start: number, end: number): boolean {
  return !isWordAt(text, start - 1) && !isWordAt(text, end);
}

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(text[i]);
}
