/**
 * Small helpers the rules share: item filters, pairs, the pieces between two captures.
 *
 * Why here: each rule file stays a pattern plus a few lines; what several rules need to ask of
 * a piece ("is this a new clause's subject?") has one answer.
 */
import type { EntityType, Predicate } from "../../../core/contract.js";
import type { Captures, EntPiece, Item, Link, Piece, SentenceView } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";

export const ACTOR: EntityType[] = ["Agency", "Country"];

export function ent(view: SentenceView, caps: Captures, name: string): EntPiece {
  return view.pieces[caps.get(name) as number] as EntPiece;
}

export function realItems(p: EntPiece, types?: EntityType[]): Item[] {
  return p.items
    .filter((i) => !i.pronoun || types?.includes("Agency"))
    .filter((i) => !types || types.includes(i.type));
}

export function link(subject: string, predicate: Predicate, object: string): Link {
  return { subject, predicate, object };
}

/** Every unordered pair of distinct ids, as links of one predicate. */
export function pairs(ids: string[], predicate: Predicate): Link[] {
  const u = [...new Set(ids)];
  const out: Link[] = [];
  for (let i = 0; i < u.length; i++)
    for (let j = i + 1; j < u.length; j++) out.push(link(u[i], predicate, u[j]));
  return out;
}

export function between(view: SentenceView, from: number, to: number): Piece[] {
  return view.pieces.slice(from + 1, to);
}

export function norms(ps: Piece[]): string[] {
  return ps.map((p) => ("norm" in p ? p.norm : ""));
}

/**
 * The word before piece i is a preposition or a verb: the name is not the clause's subject
 * ("exports of China rose", "the government is contacting Peru to build …").
 */
export const BEFORE_OBJECT = new Set([
  "of",
  "by",
  "to",
  "with",
  "for",
  "from",
  "in",
  "on",
  "at",
  "between",
  "among",
  "under",
  "than",
  "'",
]);
export function subjectPosition(view: SentenceView, i: number): boolean {
  const prev = view.pieces[i - 1];
  if (!prev) return true;
  if (prev.kind === "word" && prev.norm === "the") return subjectPosition(view, i - 1);
  // the object of a verb ("urged Chile to …", "contacting Peru and Chile to build …")
  if (prev.kind === "verb" || (prev.kind === "word" && /^[a-z]{3,}(?:ing|ed)$/.test(prev.norm)))
    return false;
  return !("norm" in prev && BEFORE_OBJECT.has(prev.norm));
}

/** A later actor followed closely by its own verb opens a new clause ("…, and Haikou Customs has promoted …"). */
export function opensClause(view: SentenceView, i: number): boolean {
  const p = view.pieces[i];
  if (p.kind !== "ent" || !p.items.some((x) => ACTOR.includes(x.type))) return false;
  for (let k = i + 1; k < Math.min(view.pieces.length, i + 5); k++) {
    const q = view.pieces[k];
    if (q.kind === "verb") return subjectPosition(view, i);
    if (q.kind === "ent") return false;
  }
  return false;
}

export function isChina(it: Item): boolean {
  return it.id === "country:CHN";
}

/** The phrase of up to three pieces right before piece i, as a key of `set` ("pursuant to"). */
export function phraseBefore(view: SentenceView, i: number, set: Set<string>): boolean {
  let key = "";
  for (let n = 1; n <= 3 && i - n >= 0; n++) {
    const p = view.pieces[i - n];
    const word = "norm" in p ? p.norm : "";
    key = n === 1 ? word : `${word} ${key}`;
    if (set.has(key)) return true;
  }
  return false;
}

/** Pieces that only say where a place lies: "the", "east", "China", "'s" ("in east China's …"). */
export function locatorOnly(ps: Piece[]): boolean {
  const { compass } = policyVocabulary().cues;
  return ps.every((p) =>
    p.kind === "ent"
      ? p.items.every(isChina)
      : "norm" in p && (compass.has(p.norm) || LOCATOR_WORDS.has(p.norm)),
  );
}
const LOCATOR_WORDS = new Set(["the", "china", "'", "\u2019", "s"]);

const CLAUSE_BREAKS = policyVocabulary().cues.clauseBreaks;

/** A clause break (";", "while", "but"): what one clause states ends there. */
export function breaksClause(p: Piece): boolean {
  return p.kind !== "ent" && CLAUSE_BREAKS.has(p.norm);
}

/** A clause break among the pieces. */
export function crossesClause(ps: Piece[]): boolean {
  for (const p of ps) if (breaksClause(p)) return true;
  return false;
}

/** The clause around piece i: from the break before it to the break after it. */
export function clauseAround(view: SentenceView, i: number): [number, number] {
  let from = i;
  while (from > 0 && !breaksClause(view.pieces[from - 1])) from--;
  let to = i;
  while (to < view.pieces.length - 1 && !breaksClause(view.pieces[to + 1])) to++;
  return [from, to];
}
