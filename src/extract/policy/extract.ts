/**
 * Sentences → PolicyFacts: pieces per sentence, every registered rule on them, then one merge.
 *
 * Why this shape: the pieces layer settles words (verbs, lists, "we"); rules are data plus a
 * small function (rules/); the merge keeps one link per (subject, predicate, object), with the
 * first sentence that states it as evidence. Pure: no file system, no database.
 *
 * Why the order of the work: a sentence's tokens are a run of the document's and are looked up
 * once (word-codes.ts); a sentence without names gets none from anaphora and is done; what the
 * rest may hold (mentions and token codes) tells which rules may match (presence.ts), and only
 * a sentence some rule may match is cut into pieces, for those rules alone.
 */
import type { PolicyFact } from "../../core/contract.js";
import { type Mention, mentionsWithin, type ZoneLocation } from "../entities/index.js";
import { stableId } from "../slug.js";
import { type Token, tokenize } from "../tokens.js";
import {
  ANAPHOR_CUES,
  anaphorMentions,
  cueCode,
  cueCodes,
  tokensMayHoldAnaphor,
} from "./anaphora.js";
import { compilePattern, matchCompiled } from "./pattern.js";
import { AGENCY_WORDS, buildPieces, openers } from "./pieces.js";
import {
  gateOf,
  type Presence,
  patternWordBits,
  presenceOf,
  candidateRules as rulesMayMatch,
  wordMasks,
} from "./presence.js";
import { DOCUMENT_RULES, SENTENCE_RULES } from "./rules/index.js";
import { speakerAgencyMap } from "./speakers.js";
import type {
  Link,
  Piece,
  PolicyContext,
  PolicySentence,
  SentenceNames,
  SentenceView,
} from "./types.js";
import { policyVocabulary } from "./vocabulary.js";
import { type TokenCodes, tokenCodes, type WordCode, wordCodes } from "./word-codes.js";

/** Longer "sentences" are tables or run-on page text: no policy prose. */
const MAX_SENTENCE = 1500;

/** What each sentence rule needs, compiled once at load (presence.ts), and its pattern. */
const GATE = gateOf(SENTENCE_RULES.map((r) => r.pattern));
const PATTERNS = SENTENCE_RULES.map((r) => compilePattern(r.pattern));
const MAY_APPLY = SENTENCE_RULES.map((r) => r.mayApply ?? null);

/** Every word the layers react to, with what it may do to each (word-codes.ts). */
const WORD_CODES = wordCodes({
  cue: ANAPHOR_CUES,
  opens: openers(policyVocabulary()),
  mask: wordMasks(policyVocabulary(), AGENCY_WORDS),
  words: patternWordBits(GATE),
});

/**
 * The codes of a sentence's tokens; a token starting inside a name (a mention not nested in
 * another) gets its anaphora cue alone: it is part of that name's piece, so it opens no piece
 * and its words and classes are none of the sentence's (presence.ts), but an anaphor may open
 * there ("its members" read where a name holds "its").
 */
function sentenceCodes(toks: readonly Token[], within: readonly Mention[]): TokenCodes {
  const out = new Array<WordCode | undefined>(toks.length);
  let mi = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (mi < within.length && (within[mi].end <= t.start || within[mi].nested)) mi++;
    const m = mi < within.length ? within[mi] : undefined;
    out[i] = m !== undefined && m.start <= t.start ? cueCode(t.norm) : WORD_CODES.get(t.norm);
  }
  return out;
}

/**
 * The sentence's mentions, nested ones included, with its anaphors, by start, and its tokens'
 * codes (null when it has no mentions: it then gives no link).
 */
function mentionsOf(ctx: PolicyContext, s: PolicySentence, mentions: Mention[], toks: Token[]) {
  const within = mentionsWithin(mentions, s);
  if (within.length === 0 && !tokensMayHoldAnaphor(toks)) return { inside: within, codes: null };
  // a sentence without names needs only the anaphora's codes, unless an anaphor names one
  const codes = within.length > 0 ? sentenceCodes(toks, within) : cueCodes(toks);
  const anaphors = anaphorMentions(ctx.text, s, mentions, toks, codes);
  if (anaphors.length === 0) return { inside: within, codes: within.length > 0 ? codes : null };
  // the document's mentions are sorted by start: only anaphors need a sort (a stable one)
  const inside = [...within, ...anaphors].sort((a, b) => a.start - b.start);
  return { inside, codes: within.length > 0 ? codes : tokenCodes(toks, WORD_CODES) };
}

/** The mentions not nested in another (all of them, most often: then the same array). */
function topLevel(inside: Mention[]): Mention[] {
  let k = 0;
  while (k < inside.length && !inside[k].nested) k++;
  if (k === inside.length) return inside;
  const out = inside.slice(0, k);
  for (let i = k + 1; i < inside.length; i++) if (!inside[i].nested) out.push(inside[i]);
  return out;
}

/**
 * The indexes of the rules whose needs the sentence may meet, and that may apply to what it
 * names (`PolicyRule.mayApply`).
 */
function candidateRules(present: Presence, names: SentenceNames): number[] {
  const out: number[] = [];
  for (const r of rulesMayMatch(GATE, present)) {
    const mayApply = MAY_APPLY[r];
    if (mayApply === null || mayApply(names)) out.push(r);
  }
  return out;
}

/** The indexes of the entity pieces, in order (where most patterns may start). */
function entityPieces(pieces: readonly Piece[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < pieces.length; i++) if (pieces[i].kind === "ent") out.push(i);
  return out;
}

/**
 * The links one sentence states, by every rule whose needs the sentence meets (its tokens a
 * slice of the document's one scan, `withDocumentTokens`).
 */
export function sentenceLinks(ctx: PolicyContext, s: PolicySentence, mentions: Mention[]): Link[] {
  const toks = tokenize(ctx.text, s.start, s.end);
  const { inside, codes } = mentionsOf(ctx, s, mentions, toks);
  if (codes === null || inside.length === 0) return [];
  const top = topLevel(inside);
  const names = { text: ctx.text, top, inside, tokens: toks };
  const rules = candidateRules(presenceOf(top, codes, GATE), names);
  if (rules.length === 0) return [];
  const agency = s.speaker ? ctx.speakerAgency.get(s.speaker) : undefined;
  const pieces = buildPieces(ctx.text, s, top, policyVocabulary(), agency, toks, codes);
  const view: SentenceView = {
    text: ctx.text,
    range: s,
    pieces,
    mentions: inside,
    gazetteer: ctx.gazetteer,
  };
  const ents = entityPieces(pieces);
  const out: Link[] = [];
  for (let k = 0; k < rules.length; k++) {
    const rule = SENTENCE_RULES[rules[k]];
    const matches = matchCompiled(PATTERNS[rules[k]], pieces, ents);
    for (let m = 0; m < matches.length; m++) {
      const links = rule.produce(view, matches[m]);
      for (let i = 0; i < links.length; i++)
        if (links[i].subject !== links[i].object) out.push(links[i]);
    }
  }
  return out;
}

export function extractPolicyFacts(
  ctx: PolicyContext,
  sentences: PolicySentence[],
  mentions: Mention[],
  zoneLocations: ZoneLocation[],
): PolicyFact[] {
  const facts: Facts = { text: ctx.text, seen: new Set(), out: [] };
  const speakers = speakerAgencyMap(ctx.speakerAgency, ctx.text, sentences, mentions);
  const sentenceCtx = { ...ctx, speakerAgency: speakers };
  for (const s of sentences) {
    if (s.end - s.start > MAX_SENTENCE) continue;
    for (const l of sentenceLinks(sentenceCtx, s, mentions)) addFact(facts, l, s);
  }
  const doc = { text: ctx.text, mentions, gazetteer: ctx.gazetteer, zoneLocations };
  for (const rule of DOCUMENT_RULES) {
    for (const l of rule.produce(doc)) {
      const s = sentenceAt(sentences, l.at.start);
      if (s && l.subject !== l.object) addFact(facts, l, s);
    }
  }
  return facts.out;
}

/** The merge: one fact per (subject, predicate, object), kept keys, the facts so far. */
interface Facts {
  text: string;
  seen: Set<string>;
  out: PolicyFact[];
}

/** A link as a fact, unless one of its key came first (that one keeps its evidence). */
function addFact(facts: Facts, l: Link, s: PolicySentence): void {
  const key = `${l.subject}|${l.predicate}|${l.object}`;
  if (facts.seen.has(key)) return;
  facts.seen.add(key);
  const fields = {
    subject: l.subject,
    predicate: l.predicate,
    object: l.object,
    speaker: s.speaker,
  };
  const evidence = { start: s.start, end: s.end, quote: facts.text.slice(s.start, s.end) };
  facts.out.push({ id: stableId("pf:", fields), ...fields, evidence });
}

/** The sentence holding offset `at` (sentences are in text order). */
function sentenceAt(sentences: PolicySentence[], at: number): PolicySentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}
