/**
 * The words of policy acts, loaded once from `data/policy-verbs.json`.
 *
 * Why a data file and generated inflections: "issued / issues / issuing / issue" and
 * "drew up / drawn up / drawing up" are one entry each, so no rule repeats a verb alternation
 * and a new verb is one line of data. Phrases are matched as token sequences (the tokenizer's
 * normal forms), so "co-organized" and "co - organized" are the same key.
 */
import verbData from "../../../data/policy-verbs.json" with { type: "json" };
import { surfacesOf } from "../lexicon/lexicon.js";
import { phraseKey } from "../tokens.js";
import { type PhraseTrie, phraseTrie } from "./phrase-trie.js";

/** The verb classes, in a fixed order (presence.ts gives each a bit). */
export const VERB_CLASSES = [
  "ISSUE",
  "IMPLEMENT",
  "SUPPORT",
  "JOINT",
  "SIGN",
  "IN_FORCE",
  /** "suspend", "repeal": the actor stops the measure; a verb that links nothing */
  "HALT",
] as const;

export type VerbClass = (typeof VERB_CLASSES)[number];

export interface Vocabulary {
  /** token-sequence key → verb class */
  verbs: Map<string, VerbClass>;
  /** adverb key → class ("jointly" → JOINT) */
  adverbs: Map<string, VerbClass>;
  /** the verb phrases as a trie of tokens (the pieces layer walks it) */
  verbPhrases: PhraseTrie<VerbClass>;
  /** the longest phrase, in tokens */
  maxLen: number;
  /** first tokens of every verb and adverb phrase: most words start none, and skip the look-up */
  firsts: Set<string>;
  /** membership cues ("members", "including", "such as") */
  membership: Set<string>;
  /** closed word classes the rules read around names (data: cues), as token keys */
  cues: Cues;
}

export interface Cues {
  /** "east", "central": a compass word before "China's" in a place phrase */
  compass: Set<string>;
  /** "talks", "consultations": a joint act between the parties named after it */
  talks: Set<string>;
  /** ";", "while", "but": a new clause starts, and what a clause states ends */
  clauseBreaks: Set<string>;
  /** "under", "pursuant to": what follows is the basis of a measure, not its object */
  basis: Set<string>;
  /** "regions", "ports": what a place is "one of" in "one of China's busiest ports" */
  placeNouns: Set<string>;
  /** "enjoy", "are subject to": the subject receives the measure that follows */
  receives: Set<string>;
  /** "bound for": where a train or ship goes, not what a measure targets */
  destination: Set<string>;
  /** "decision", "move": what an agency takes about a place ("a major decision by …") */
  decisionNouns: Set<string>;
  /** "approval", "consent": "with the approval of X, A and B issued" names X apart from the issuers */
  consentNouns: Set<string>;
  /** "including", "covering": what a list or catalogue named before holds */
  contents: Set<string>;
  /** "applies", "extends": "M applies to X" states the target itself */
  appliesVerbs: Set<string>;
  /** "work", "cooperate": "A will work with B to implement …" names two actors of one act */
  collaborate: Set<string>;
  /** "capital": a noun that opens an apposition with no article ("X, capital of Y") */
  bareAppositions: Set<string>;
  /** "not", "no (longer)": the phrase that follows is denied */
  negations: Set<string>;
  /** "goods", "imports": what a country adjective before them gives the origin of */
  originNouns: Set<string>;
  /** "all", "certain": what may stand between "on" and the goods ("on all Chinese goods") */
  originQuantifiers: Set<string>;
  /** "has joined", "acceded to": the subject takes part in the agreement that follows */
  joins: Set<string>;
  /** "covers": "M covers X" states the target itself */
  coverVerbs: Set<string>;
  /** "which", "that": open a relative clause between commas ("M, which took effect in 2022, covers X") */
  relativeOpeners: Set<string>;
  /** "comprises", "consists of": an area names what it is made of */
  composedOf: Set<string>;
  /** "are part of", "belongs to": a place lies in the larger one that follows */
  partOf: Set<string>;
  /** "is", "is located", "lies": the copula between a zone and "in" the place it lies in */
  locatedIn: Set<string>;
  /** "the", "it": words opening a clause's subject, so "announced that the …" reports a clause */
  thatClauseOpeners: Set<string>;
  /** "held", "took place": an event's verbs, after which "in"/"at" a place names its venue */
  venueWords: Set<string>;
}

/** Regular inflections of one verb (over-generation is harmless: only text forms are looked up). */
export function inflect(lemma: string, irregular: string[] = []): string[] {
  const out = new Set([lemma, ...irregular]);
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  if (/[^aeiou]y$/.test(lemma)) {
    const y = lemma.slice(0, -1);
    out.add(`${y}ies`).add(`${y}ied`).add(`${lemma}ing`);
  } else {
    out.add(/(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
    out.add(lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`);
    out.add(`${stem}ing`).add(`${lemma}ing`);
  }
  return [...out];
}

/** Every form of a phrase whose first word is the verb ("carry out" → "carried out", …). */
function phraseForms(phrase: string, irregular: Record<string, string[]>): string[] {
  const words = phrase.split(" ");
  const head = words[0];
  // hyphenated verbs inflect their last part: "co-organize" → "co-organized"
  const dash = head.lastIndexOf("-");
  const prefix = dash >= 0 ? head.slice(0, dash + 1) : "";
  const verb = head.slice(prefix.length);
  return inflect(verb, irregular[verb]).map((f) => [prefix + f, ...words.slice(1)].join(" "));
}

/** the lexicon's clause breaks that end what a clause states: not "which", "of which", ":" */
const CLAUSE_ENDS = ["contrast", "concession", "semicolon"];

let cached: Vocabulary | null = null;

export function policyVocabulary(): Vocabulary {
  if (cached) return cached;
  const irregular = verbData.irregular as Record<string, string[]>;
  const verbs = new Map<string, VerbClass>();
  let maxLen = 1;
  for (const [cls, lemmas] of Object.entries(verbData.classes)) {
    for (const lemma of lemmas) {
      for (const form of phraseForms(lemma, irregular)) {
        const key = phraseKey(form);
        if (!verbs.has(key)) verbs.set(key, cls as VerbClass);
        maxLen = Math.max(maxLen, key.split(" ").length);
      }
    }
  }
  const adverbs = new Map<string, VerbClass>();
  for (const [cls, words] of Object.entries(verbData.adverbs))
    for (const w of words) adverbs.set(phraseKey(w), cls as VerbClass);
  const membership = new Set(verbData.membership.map(phraseKey));
  const keys = (words: string[]) => new Set(words.map(phraseKey));
  const cues: Cues = {
    // general English word classes, shared with the trade layers: data/lexicon.json
    compass: new Set(surfacesOf("compass")),
    talks: keys(verbData.cues.talks),
    clauseBreaks: new Set(surfacesOf("clauseBreak", CLAUSE_ENDS)),
    basis: keys(verbData.cues.basis),
    placeNouns: keys(verbData.cues.placeNouns),
    receives: keys(verbData.cues.receives),
    destination: keys(verbData.cues.destination),
    decisionNouns: keys(verbData.cues.decisionNouns),
    consentNouns: keys(verbData.cues.consentNouns),
    contents: keys(verbData.cues.contents),
    negations: keys(verbData.cues.negations),
    bareAppositions: keys(verbData.cues.bareAppositions),
    collaborate: keys(verbData.cues.collaborate),
    appliesVerbs: keys(verbData.cues.appliesVerbs),
    originNouns: keys(verbData.cues.originNouns),
    originQuantifiers: keys(verbData.cues.originQuantifiers),
    joins: keys(verbData.cues.joins),
    coverVerbs: keys(verbData.cues.coverVerbs),
    relativeOpeners: keys(verbData.cues.relativeOpeners),
    composedOf: keys(verbData.cues.composedOf),
    partOf: keys(verbData.cues.partOf),
    locatedIn: keys(verbData.cues.locatedIn),
    thatClauseOpeners: keys(verbData.cues.thatClauseOpeners),
    venueWords: keys(verbData.cues.venueWords),
  };
  const firsts = new Set([...verbs.keys(), ...adverbs.keys()].map((k) => k.split(" ")[0]));
  const verbPhrases = phraseTrie(verbs);
  cached = { verbs, verbPhrases, adverbs, maxLen, membership, firsts, cues };
  return cached;
}
