/**
 * Typed anaphora for policy links: "the programme", "this initiative", "these zones" stand for
 * the nearest measure or zone named shortly before whose name carries the same head noun ("the
 * AEO programme … The programme is advocated by the WCO").
 *
 * Why the head noun must agree: "the policy" after "the Belt and Road Initiative" is some other
 * policy; only an antecedent called a programme ("AEO programme", "Smart Customs initiative":
 * the noun in or right after its name) is taken up. "Its members" takes up the nearest bloc
 * (a region with a member list), and so does "them" in "among them"; a sentence opening
 * with "It" that acts ("It is also in talks with Peru") goes on with the actor that opened the
 * sentence before. A generic head ("the commodity", "the product") takes up the nearest good
 * of any name: every good is a commodity. Data: policy-verbs.json
 * `anaphora`.
 */
import verbData from "../../../data/policy-verbs.json" with { type: "json" };
import type { EntityType } from "../../core/contract.js";
import { type Mention, mentionsWithin } from "../entities/index.js";
import type { Range } from "../sentences.js";
import { phraseKey, type Token, tokenize } from "../tokens.js";
import { longestPhrase } from "./phrase-trie.js";
import type { PolicySentence } from "./types.js";
import { policyVocabulary } from "./vocabulary.js";
import { type TokenCodes, type WordCode, wordCodes } from "./word-codes.js";

const DETERMINERS = new Set(verbData.anaphora.determiners);
const HEADS = new Map<string, EntityType>(
  Object.entries(verbData.anaphora.heads).flatMap(([type, words]) =>
    words.map((w) => [w, type as EntityType] as const),
  ),
);
/** heads any antecedent of the type answers to ("the commodity" after "soybeans") */
const GENERIC_HEADS = new Map<string, EntityType>(
  Object.entries(verbData.anaphora.generic).flatMap(([type, words]) =>
    words.map((w) => [w, type as EntityType] as const),
  ),
);
const MAX_DISTANCE = verbData.anaphora.maxDistance;
const POSSESSIVES = new Set(verbData.anaphora.possessive.determiners);
const MEMBER_HEADS = new Set(verbData.anaphora.possessive.heads.map(phraseKey));
const AMONG = new Set(verbData.anaphora.among.prepositions);
const AMONG_PRONOUNS = new Set(verbData.anaphora.among.pronouns);
const SUBJECT_PRONOUNS = new Set(verbData.anaphora.subject.pronouns);
const SUBJECT_WINDOW = verbData.anaphora.subject.window;

/** "programme" and "programmes", "policy" and "policies" are one noun: its singular. */
function singular(w: string): string {
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  return w.endsWith("s") ? w.slice(0, -1) : w;
}

/** The antecedent's name, or the word right after it, carries the head noun. */
function carries(text: string, m: Mention, head: string): boolean {
  const noun = singular(head);
  // a word whose singular is the noun holds the noun, or its stem before a final "y" ("polic-ies")
  const stem = noun.endsWith("y") ? noun.slice(0, -1) : noun;
  const lower = m.surface.toLowerCase();
  if (lower.includes(stem) && lower.split(/[^a-z]+/).some((w) => singular(w) === noun)) return true;
  // the first word of the 30 characters after the name (read alone: no search of the document's)
  const after = text.slice(m.end, Math.min(text.length, m.end + 30));
  if (!after.toLowerCase().includes(stem)) return false;
  const next = tokenize(after)[0];
  return next !== undefined && singular(next.norm) === noun;
}

/** The nearest mention before `at` (within reach) that `fits`. */
function nearest(before: Mention[], at: number, fits: (m: Mention) => boolean) {
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    if (m.end > at || m.nested) continue;
    if (m.end < at - MAX_DISTANCE) break;
    if (fits(m)) return m;
  }
  return undefined;
}

const isBloc = (m: Mention) => m.entity.type === "Region" && (m.entity.members ?? []).length > 0;

/** "Among them, Anhui and Hubei …": the pronoun after "among" is the bloc or area named last. */
function amongThem(toks: Token[], i: number, before: Mention[]): Mention | null {
  const them = toks[i + 1];
  if (!AMONG.has(toks[i].norm) || !them || !AMONG_PRONOUNS.has(them.norm)) return null;
  const bloc = nearest(before, toks[i].start, isBloc);
  // goods named after the bloc are the nearer plural ("trade with ASEAN in fruit; among them")
  const goods = nearest(before, toks[i].start, (m) => m.entity.type === "Commodity");
  if (goods && bloc && goods.start > bloc.end) return null;
  return bloc
    ? { start: them.start, end: them.end, surface: them.raw, entity: bloc.entity, nested: false }
    : null;
}

/** "its members (include …)": the bloc named last; the anaphor spans "its members". */
function membersOf(text: string, toks: Token[], i: number, before: Mention[]): Mention | null {
  if (!POSSESSIVES.has(toks[i].norm)) return null;
  for (let n = 2; n >= 1; n--) {
    const head = toks.slice(i + 1, i + 1 + n);
    if (head.length < n || !MEMBER_HEADS.has(head.map((t) => t.norm).join(" "))) continue;
    const bloc = nearest(before, toks[i].start, isBloc);
    const end = head[n - 1].end;
    return bloc
      ? {
          start: toks[i].start,
          end,
          surface: text.slice(toks[i].start, end),
          entity: bloc.entity,
          nested: false,
        }
      : null;
  }
  return null;
}

const covered = (ms: Mention[], t: Token) => ms.some((m) => m.start <= t.start && t.end <= m.end);

/** The actor opening the last sentence of `previous` ("China has completed …"), if any. */
function openingActor(text: string, previous: Range, mentions: Mention[]): Mention | undefined {
  // the paragraph without its trailing spaces, read in place (a paragraph may be long)
  let end = previous.end;
  while (end > previous.start && /\s/.test(text[end - 1])) end--;
  const within = (at: number) => (at >= previous.start && at + 2 <= end ? at : -1);
  const stop = Math.max(
    within(text.lastIndexOf(". ", end - 2)),
    within(text.lastIndexOf("? ", end - 2)),
  );
  const start = stop >= 0 ? stop + 2 : previous.start;
  const first = mentionsWithin(mentions, { start, end: previous.end }).find((m) => !m.nested);
  if (!first || (first.entity.type !== "Agency" && first.entity.type !== "Country"))
    return undefined;
  return /^\s*(?:the\s+)?$/i.test(text.slice(start, first.start)) ? first : undefined;
}

/** "It is also in talks with Peru": a sentence opening with a pronoun that acts. */
function continuedSubject(text: string, s: PolicySentence, toks: Token[], mentions: Mention[]) {
  const it = toks[0];
  if (!it || !s.previous || !SUBJECT_PRONOUNS.has(it.norm)) return null;
  const vocab = policyVocabulary();
  let acts = false;
  for (let j = 1; j <= SUBJECT_WINDOW && j < toks.length && !acts; j++)
    acts =
      longestPhrase(vocab.verbPhrases, toks, j, vocab.maxLen) !== null ||
      vocab.cues.talks.has(toks[j].norm);
  const actor = acts ? openingActor(text, s.previous, mentions) : undefined;
  return actor
    ? { start: it.start, end: it.end, surface: it.raw, entity: actor.entity, nested: false }
    : null;
}

/** What a word is to the anaphora below, as bits (the word codes' `cue`). */
const SUBJECT = 1;
const OPENS_BEFORE_WORD = 2;
const DETERMINER = 4;
const HEAD = 8;
/** a word that may follow a possessive or "among" in an anaphor ("members", "them") */
const AFTER_OPENER = 16;
export const ANAPHOR_CUES: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
  };
  add(SUBJECT_PRONOUNS, SUBJECT);
  add(POSSESSIVES, OPENS_BEFORE_WORD);
  add(AMONG, OPENS_BEFORE_WORD);
  add(DETERMINERS, DETERMINER);
  add(HEADS.keys(), HEAD);
  add(GENERIC_HEADS.keys(), HEAD);
  add(
    [...MEMBER_HEADS].map((k) => k.split(" ")[0]),
    AFTER_OPENER,
  );
  add(AMONG_PRONOUNS, AFTER_OPENER);
  return out;
})();
const CUE_CODES = wordCodes({ cue: ANAPHOR_CUES });
/** the first characters of the cue words (by code below 128; any other is looked up) */
const CUE_FIRSTS = new Uint8Array(128);
for (const w of ANAPHOR_CUES.keys()) if (w.charCodeAt(0) < 128) CUE_FIRSTS[w.charCodeAt(0)] = 1;

/** The anaphora code of one word: a word whose first character opens no cue word is not looked up. */
export function cueCode(norm: string): WordCode | undefined {
  const c = norm.charCodeAt(0);
  return c >= 128 || CUE_FIRSTS[c] === 1 ? CUE_CODES.get(norm) : undefined;
}

/** The tokens' anaphora codes alone, for a sentence that needs no other. */
export function cueCodes(toks: readonly Token[]): TokenCodes {
  const out = new Array<WordCode | undefined>(toks.length);
  for (let i = 0; i < toks.length; i++) out[i] = cueCode(toks[i].norm);
  return out;
}

const cueAt = (codes: TokenCodes, i: number) => codes[i]?.cue ?? 0;

/**
 * Whether a sentence can hold an anaphor read below: a subject pronoun opening it, a
 * possessive or "among" before a word that may follow it ("its members", "among them"), or a
 * determiner before a head noun. Most sentences have none, and skip the search for
 * antecedents.
 */
function mayHoldAnaphor(codes: TokenCodes): boolean {
  if ((cueAt(codes, 0) & SUBJECT) !== 0) return true;
  for (let i = 0; i + 1 < codes.length; i++) {
    const bits = cueAt(codes, i);
    if (bits === 0) continue;
    if (bits & OPENS_BEFORE_WORD && (cueAt(codes, i + 1) & AFTER_OPENER) !== 0) return true;
    if (bits & DETERMINER && (cueAt(codes, i + 1) & HEAD) !== 0) return true;
  }
  return false;
}

/**
 * `mayHoldAnaphor` read from the tokens themselves, each looked up once and no codes kept: for
 * a sentence that names nothing, whose codes are needed only when it may hold an anaphor.
 */
export function tokensMayHoldAnaphor(toks: readonly Token[]): boolean {
  let prev = toks.length > 0 ? (cueCode(toks[0].norm)?.cue ?? 0) : 0;
  if ((prev & SUBJECT) !== 0) return true;
  for (let i = 1; i < toks.length; i++) {
    const bits = cueCode(toks[i].norm)?.cue ?? 0;
    if (prev & OPENS_BEFORE_WORD && (bits & AFTER_OPENER) !== 0) return true;
    if (prev & DETERMINER && (bits & HEAD) !== 0) return true;
    prev = bits;
  }
  return false;
}

/**
 * Mentions for the anaphors of one sentence; `mentions` are the document's, in text order;
 * `toks` the sentence's tokens and `codes` their codes (word-codes.ts).
 */
export function anaphorMentions(
  text: string,
  range: PolicySentence,
  mentions: Mention[],
  toks: Token[] = tokenize(text, range.start, range.end),
  codes: TokenCodes = cueCodes(toks),
): Mention[] {
  if (!mayHoldAnaphor(codes)) return [];
  // the mentions within reach, by binary search: a long document has many
  const reach = { start: Math.max(0, range.start - MAX_DISTANCE), end: range.end };
  const before = mentionsWithin(mentions, reach);
  // with no name in reach only an opening "It" that acts may be read
  if (before.length === 0 && !SUBJECT_PRONOUNS.has(toks[0].norm)) return [];
  const inside = before.filter((m) => m.end > range.start);
  const out: Mention[] = [];
  const subject = continuedSubject(text, range, toks, mentions);
  if (subject) out.push(subject);
  for (let i = 0; i + 1 < toks.length; i++) {
    // only a possessive, "among" or a determiner opens an anaphor read here
    if ((cueAt(codes, i) & (OPENS_BEFORE_WORD | DETERMINER)) === 0) continue;
    const members = membersOf(text, toks, i, before) ?? amongThem(toks, i, before);
    if (members) {
      out.push(members);
      continue;
    }
    if ((cueAt(codes, i + 1) & HEAD) === 0) continue;
    const det = toks[i];
    const head = toks[i + 1];
    const generic = GENERIC_HEADS.get(head.norm);
    const type = HEADS.get(head.norm) ?? generic;
    if (!type || !DETERMINERS.has(det.norm) || covered(inside, det) || covered(inside, head))
      continue;
    const m = nearest(
      before,
      det.start,
      (c) => c.entity.type === type && (generic !== undefined || carries(text, c, head.norm)),
    );
    if (m)
      out.push({
        start: det.start,
        end: head.end,
        surface: text.slice(det.start, head.end),
        entity: m.entity,
        nested: false,
      });
  }
  return out;
}
