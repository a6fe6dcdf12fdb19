/**
 * Atom types: the typed tokens (Money, Percent, Month, …) that composition rules build on.
 *
 * Why: rules should say "<ChangeVerb> [by] <Percent>", not re-read characters. Every atom has
 * its character span (`start`, `end`, exclusive, into the document text), its token span
 * (`first`, `last`, exclusive, into the sentence's tokens) and a normalised value. Amounts are
 * exact: `exact` is the decimal string computed digit by digit, `amount` its nearest number.
 */
import type { Currency, Flow } from "../../core/contract.js";
import type { ClassHits, LexToken } from "../lexicon/attach.js";
import type { LexClass } from "../lexicon/lexicon.js";

export interface Span {
  start: number;
  end: number;
  /** index of the first token */
  first: number;
  /** index after the last token */
  last: number;
}

export interface MoneyValue {
  amount: number;
  /** the amount in base units as an exact decimal string ("8220000000000") */
  exact: string;
  currency: Currency;
  /** the power of ten of the scale word as written (12 for "trillion"), 0 when none */
  scale: number;
  /** "(about $1.2 billion)" right after another money figure: a conversion of it */
  conversion: boolean;
}
export interface PercentValue {
  pct: number;
}
export interface PointsValue {
  points: number;
}
export interface MultipleValue {
  /** as written: 1.2 for "1.2 times"; 2 for "doubled" */
  factor: number;
  /** the change it states, by the annotation convention: "1.2 times" 120, "doubled" 100 */
  changePct: number;
  /** "doubled", "tripled": the word is itself a verb of change */
  verb: boolean;
}
export interface QuantityValue {
  amount: number;
  exact: string;
  unit: string;
  /** the power of ten of the scale word as written, 0 when none */
  scale: number;
}
export interface PriceValue {
  amount: number;
  exact: string;
  currency: Currency;
  per: string;
}
export interface CountValue {
  amount: number;
  exact: string;
  /** written with a scale word ("2.66 trillion"): an amount whose unit follows later */
  scaled: boolean;
}
export interface DateValue {
  year: number | null;
  month: number;
  day: number;
}
export interface EntityValue {
  id: string;
  type: string;
}

/** atom kind → its value type */
export interface AtomValues {
  Money: MoneyValue;
  Percent: PercentValue;
  Points: PointsValue;
  Multiple: MultipleValue;
  Quantity: QuantityValue;
  Price: PriceValue;
  Count: CountValue;
  Month: { month: number };
  Year: { year: number };
  Date: DateValue;
  Quarter: { quarter: number };
  Half: { half: number };
  RelYear: { offset: number };
  /** `vague`: a word whose direction the context gives ("shipments" to or from) */
  FlowTerm: { flow: Flow; negative: boolean; vague: boolean };
  ChangeVerb: { polarity: 1 | -1; lemma: string };
  /** "up", "down" (before a figure); comparative: "higher", "lower" (after one) */
  Direction: { polarity: 1 | -1; comparative: boolean };
  PeriodWord: { unit: "year" | "quarter" | "half" | "month"; plural: boolean };
  NumberWord: { value: number; ordinal: boolean };
  Yoy: { basis: "year" | "month" };
  Entity: EntityValue;
}

export type AtomKind = keyof AtomValues;

export type AtomOf<K extends AtomKind> = Span & {
  kind: K;
  value: AtomValues[K];
  /** the reader that found it */
  source: string;
};

export type Atom = { [K in AtomKind]: AtomOf<K> }[AtomKind];

/** A number as written: adjacent digit tokens with "." and ",". */
export interface NumberLit extends Span {
  /** the digits without thousands separators, sign included: "-1234.5" */
  digits: string;
  /** a scale written inside the last token ("5bn"): its power of ten */
  suffixScale: number | null;
  /** grouped with commas ("2,023") */
  grouped: boolean;
  /** the power of ten of the scale written into it or right after it ("8.22 trillion": 12), 0
   * when none (read once, for every reader) */
  power: number;
  /** the token after that scale word, or `last` when there is none */
  afterScale: number;
}

/** What every reader gets: the sentence's tokens with lexicon hits and its number literals. */
export interface AtomContext {
  text: string;
  tokens: readonly LexToken[];
  numbers: readonly NumberLit[];
  /** token indices of each lexicon class's hits */
  byClass: ClassHits;
  /** indices of the tokens that open with a digit, in order */
  digits: readonly number[];
  /** entity mentions found by the gazetteer layer, if the caller has them */
  entities: readonly { start: number; end: number; id: string; type: string }[];
}

/** An example of a reader or rule: in sentence `in`, the phrase `find` gives `value`. */
export interface Example {
  in: string;
  find: string;
  /** compared with toMatchObject: list only the fields that matter */
  value: unknown;
}

/** A counter-example: in sentence `in`, no atom (node) of this reader (rule) covers `not`. */
export interface CounterExample {
  in: string;
  not: string;
}

/**
 * A reader's trigger: a number literal, a token starting with a digit (a number literal or
 * "13th"), an entity mention or a token of a lexicon class.
 */
export type AtomTrigger = "number" | "digit" | "entity" | LexClass;

export interface AtomReader {
  name: string;
  kind: AtomKind;
  /** ranks atoms of equal span in the one overlap pass: higher wins */
  specificity: number;
  /**
   * What must occur in the sentence for the reader to find anything (any one of them): a
   * reader none of whose triggers occurs is not run.
   */
  triggers: readonly AtomTrigger[];
  /** Pushes the reader's atoms, in text order, onto `out` (one array shared by all readers). */
  read(ctx: AtomContext, out: Atom[]): void;
  examples: Example[];
  counterExamples: CounterExample[];
}
