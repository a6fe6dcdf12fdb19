/**
 * One sentence → typed pieces: entity groups (mentions, lists of mentions, "we"), verb
 * classes, adverbs, words and punctuation, in text order with exact offsets.
 *
 * Why: rules match these pieces, not characters, so a verb's inflections, a name's spelling
 * and a list's commas are settled once, before any rule runs.
 */
import agencyData from "../../../data/agencies.json" with { type: "json" };
import type { EntityInfo, Mention } from "../entities/index.js";
import type { Range } from "../sentences.js";
import { phraseKey, type Token, tokenize } from "../tokens.js";
import { foldLists } from "./lists.js";
import { longestPhrase, phraseTrie } from "./phrase-trie.js";
import { entPiece, type Item, type Piece, verbPiece, wordPiece } from "./types.js";
import type { Vocabulary } from "./vocabulary.js";
import { type TokenCodes, tokenCodes, type WordCodes, wordCodes } from "./word-codes.js";

const GACC = "agency:gacc";
/** generic names of the national customs as a sentence's actor ("customs authorities") */
const GENERIC_SUBJECTS = new Set(
  ((agencyData as { subjectAliases?: { gacc?: string[] } }).subjectAliases?.gacc ?? []).map(
    phraseKey,
  ),
);
const MAX_GENERIC = 4;
const GENERIC_FIRSTS = new Set([...GENERIC_SUBJECTS].map((k) => k.split(" ")[0]));

/** Words after a subject that begin its predicate ("customs authorities have …", "customs will …"). */
const AUXILIARIES = new Set(
  "have has had will would shall should can could may must is are was were also further then continued continue continues".split(
    " ",
  ),
);

/**
 * "Customs will act": a generic name is the actor only when its predicate follows; in
 * "customs clearance" or "customs-related" it is a modifier, no name at all.
 */
function actsNext(next: Token | undefined, vocab: Vocabulary): boolean {
  if (!next) return false;
  if (AUXILIARIES.has(next.norm) || vocab.firsts.has(next.norm)) return true;
  return /^[a-z]{3,}ly$/.test(next.norm);
}

function itemOf(m: Mention): Item {
  return {
    id: m.entity.id,
    type: m.entity.type,
    kind: m.entity.kind,
    info: m.entity,
    start: m.start,
    end: m.end,
    pronoun: false,
  };
}

function pronoun(id: string, start: number, end: number): Item {
  const info: EntityInfo = { id, type: "Agency", name: id, kind: null, codes: {} };
  return { id, type: "Agency", kind: null, info, start, end, pronoun: true };
}

function keyOf(toks: Token[], i: number, n: number): string {
  let k = toks[i].norm;
  for (let j = 1; j < n; j++) k += ` ${toks[i + j].norm}`;
  return k;
}

/** What a word may open: a verb phrase, an adverb, a generic subject, "we"/"our". */
const OPENS_VERB = 1;
const OPENS_ADVERB = 2;
const OPENS_GENERIC = 4;
const OPENS_WE = 8;
const WE = ["we", "our"];

const GENERIC_PHRASES = phraseTrie([...GENERIC_SUBJECTS].map((k) => [k, GACC] as const));

/** The words that may stand for an agency: "we", "our", the first words of generic subjects. */
export const AGENCY_WORDS: readonly string[] = [...WE, ...GENERIC_FIRSTS];

/** Each word that opens a piece, with what it opens (the word codes' `opens`). */
export function openers(vocab: Vocabulary): Map<string, number> {
  const out = new Map<string, number>();
  const add = (w: string, flag: number) => out.set(w, (out.get(w) ?? 0) | flag);
  for (const w of vocab.verbPhrases.next.keys()) add(w, OPENS_VERB);
  for (const w of vocab.adverbs.keys()) add(w, OPENS_ADVERB);
  for (const w of GENERIC_FIRSTS) add(w, OPENS_GENERIC);
  for (const w of WE) add(w, OPENS_WE);
  return out;
}

/** The codes of the openers alone, for a caller that brings no codes of its own. */
const OPENER_CODES = new WeakMap<Vocabulary, WordCodes>();
function openerCodes(toks: readonly Token[], vocab: Vocabulary): TokenCodes {
  let codes = OPENER_CODES.get(vocab);
  if (!codes) {
    codes = wordCodes({ opens: openers(vocab) });
    OPENER_CODES.set(vocab, codes);
  }
  return tokenCodes(toks, codes);
}

const WORD_START = /^[\p{L}\p{N}]/u;

/** A letter or digit first: ASCII by its code, anything else by the Unicode classes. */
function startsWord(norm: string): boolean {
  const c = norm.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(norm);
}

export function buildPieces(
  text: string,
  range: Range,
  topMentions: Mention[],
  vocab: Vocabulary,
  speakerAgency: string | undefined,
  toks: Token[] = tokenize(text, range.start, range.end),
  codes: TokenCodes = openerCodes(toks, vocab),
): Piece[] {
  const out: Piece[] = [];
  let mi = 0;
  for (let i = 0; i < toks.length; ) {
    const t = toks[i];
    while (mi < topMentions.length && topMentions[mi].end <= t.start) mi++;
    const m = topMentions[mi];
    if (m && m.start <= t.start && t.start < m.end) {
      out.push(entPiece(m.start, m.end, [itemOf(m)]));
      while (i < toks.length && toks[i].start < m.end) i++;
      mi++;
      continue;
    }
    const flags = codes[i]?.opens ?? 0;
    const n = flags === 0 ? 0 : openedAt(toks, i, flags, out, vocab, speakerAgency);
    if (n > 0) {
      i += n;
      continue;
    }
    out.push(wordPiece(startsWord(t.norm) ? "word" : "punct", t.start, t.end, t.norm));
    i++;
  }
  return foldLists(out);
}

/**
 * The piece a word that opens something starts (a verb phrase, an adverb, a generic subject
 * whose predicate follows, "we" with a speaker's agency), pushed to `out`; its length in
 * tokens, or 0 when it opens nothing here.
 */
function openedAt(
  toks: Token[],
  i: number,
  flags: number,
  out: Piece[],
  vocab: Vocabulary,
  speakerAgency: string | undefined,
): number {
  const t = toks[i];
  const verb = flags & OPENS_VERB ? longestPhrase(vocab.verbPhrases, toks, i, vocab.maxLen) : null;
  if (verb) {
    const [n, cls] = verb;
    const end = toks[i + n - 1].end;
    out.push(verbPiece("verb", t.start, end, keyOf(toks, i, n), cls));
    return n;
  }
  const adverb = flags & OPENS_ADVERB ? vocab.adverbs.get(t.norm) : undefined;
  if (adverb !== undefined) {
    out.push(verbPiece("adverb", t.start, t.end, t.norm, adverb));
    return 1;
  }
  const found = flags & OPENS_GENERIC ? longestPhrase(GENERIC_PHRASES, toks, i, MAX_GENERIC) : null;
  const subj = found && actsNext(toks[i + found[0]], vocab) ? found : null;
  if (!subj && !(flags & OPENS_WE && speakerAgency)) return 0;
  const n = subj ? subj[0] : 1;
  const id = subj ? GACC : (speakerAgency as string);
  const end = toks[i + n - 1].end;
  out.push(entPiece(t.start, end, [pronoun(id, t.start, end)]));
  return n;
}
