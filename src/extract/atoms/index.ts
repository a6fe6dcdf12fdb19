/**
 * The registered atom readers, and `readAtomsIn`: tokens → lexicon hits → number literals →
 * every reader's atoms → the one overlap pass.
 *
 * Why: one list says which atoms exist; adding an atom type is one file and one line here.
 * Order in this list does not matter: overlaps are settled by span and specificity.
 */
import { attachLexiconSplit, type LexToken } from "../lexicon/attach.js";
import { classNumber, type LexClass } from "../lexicon/lexicon.js";
import { type Token, tokenize } from "../tokens.js";
import { countReader } from "./count.js";
import { dateReader } from "./date.js";
import { entityReader } from "./entity.js";
import { fractionReader } from "./fraction.js";
import { halfReader } from "./half.js";
import {
  changeVerbReader,
  directionReader,
  flowTermReader,
  periodWordReader,
  relYearReader,
  yoyReader,
} from "./lexical.js";
import { moneyReader } from "./money.js";
import { monthReader } from "./month.js";
import { multipleReader } from "./multiple.js";
import { numberWordReader } from "./number-word.js";
import { findNumberLits } from "./numbers.js";
import { resolveOverlaps } from "./overlaps.js";
import { percentReader, pointsReader } from "./percent.js";
import { priceReader } from "./price.js";
import { quantityReader } from "./quantity.js";
import { quarterReader } from "./quarter.js";
import type { Atom, AtomContext, AtomReader } from "./types.js";
import { yearReader } from "./year.js";

export const ATOM_READERS: readonly AtomReader[] = [
  moneyReader,
  priceReader,
  quantityReader,
  countReader,
  percentReader,
  fractionReader,
  pointsReader,
  multipleReader,
  monthReader,
  yearReader,
  dateReader,
  quarterReader,
  halfReader,
  relYearReader,
  flowTermReader,
  changeVerbReader,
  directionReader,
  periodWordReader,
  numberWordReader,
  yoyReader,
  entityReader,
];

const SPECIFICITY = new Map(ATOM_READERS.map((r) => [r.name, r.specificity]));

export interface EntityMention {
  start: number;
  end: number;
  id: string;
  type: string;
}

/** A sentence read into atoms: its tokens (with lexicon hits) and the settled atoms. */
export interface AtomReading {
  text: string;
  tokens: LexToken[];
  atoms: Atom[];
  /** every reader's atoms before the overlap pass */
  read: readonly Atom[];
}

/**
 * Reads text[from, to) into settled atoms; `entities` are gazetteer mentions, if known;
 * `words`, the range's tokens if the caller has them already (`tokenize(text, from, to)`).
 */
export function readAtomsIn(
  text: string,
  from = 0,
  to = text.length,
  entities: readonly EntityMention[] = [],
  words: readonly Token[] = tokenize(text, from, to),
): AtomReading {
  const { tokens, byClass, digits } = attachLexiconSplit(words);
  const numbers = findNumberLits(tokens, digits);
  const ctx: AtomContext = { text, tokens, numbers, byClass, digits, entities };
  // every reader pushes onto one array, in the list's order (the overlap pass's last tie-break)
  const all: Atom[] = [];
  for (const t of TRIGGERED) if (triggered(t, ctx)) t.reader.read(ctx, all);
  return { text, tokens, atoms: settleAtoms(all), read: all };
}

/** A reader with its triggers sorted by kind at load (a sentence tests flags and classes). */
interface TriggeredReader {
  reader: AtomReader;
  number: boolean;
  digit: boolean;
  entity: boolean;
  /** the numbers of its trigger classes (`classNumber`) */
  classes: number[];
}

const TRIGGERED: readonly TriggeredReader[] = ATOM_READERS.map((reader) => ({
  reader,
  number: reader.triggers.includes("number"),
  digit: reader.triggers.includes("digit"),
  entity: reader.triggers.includes("entity"),
  classes: reader.triggers
    .filter((t): t is LexClass => t !== "number" && t !== "digit" && t !== "entity")
    .map(classNumber),
}));

/** Whether one of a reader's triggers occurs in the sentence. */
function triggered(t: TriggeredReader, ctx: AtomContext): boolean {
  if (t.number && ctx.numbers.length > 0) return true;
  if (t.digit && ctx.digits.length > 0) return true;
  if (t.entity && ctx.entities.length > 0) return true;
  for (let k = 0; k < t.classes.length; k++)
    if (ctx.byClass.ofNumber(t.classes[k]) !== undefined) return true;
  return false;
}

/** The one overlap pass over atoms. */
function settleAtoms(all: readonly Atom[]): Atom[] {
  return resolveOverlaps(all, (a) => SPECIFICITY.get(a.source) ?? 0);
}

/**
 * The settled atoms the same tokens give without entity mentions (readers other than the
 * entity reader read tokens only): what the figure-in-quote check reads of a quote, without
 * reading the sentence again.
 */
export function atomsWithoutEntities(reading: AtomReading): Atom[] {
  if (!reading.read.some((a) => a.kind === "Entity")) return reading.atoms;
  return settleAtoms(reading.read.filter((a) => a.kind !== "Entity"));
}
