/**
 * Small helpers the atom readers share: building an atom from a token span, reading the
 * lexicon hit that ends at a token, and the amount pattern "[$] 8.22 [trillion] [yuan]".
 *
 * Why: Money, Price, Quantity and Count all read the same amount; writing that once keeps
 * their scaling and currency placement identical.
 */

import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { LexClass, LexSense } from "../lexicon/lexicon.js";
import { scaleDecimal } from "./decimal.js";
import type { Atom, AtomContext, AtomKind, AtomOf, AtomValues, NumberLit } from "./types.js";

export function makeAtom<K extends AtomKind>(
  kind: K,
  source: string,
  tokens: readonly LexToken[],
  first: number,
  last: number,
  value: AtomValues[K],
): AtomOf<K> {
  return {
    kind,
    source,
    first,
    last,
    start: tokens[first].start,
    end: tokens[last - 1].end,
    value,
  };
}

/** A year as the readers take one: four digits from 1900 to 2099 (what /^(19|20)\d\d$/ says,
 * without a regular expression: it is asked of every number and of the word after a month). */
export function isYearDigits(s: string): boolean {
  if (s.length !== 4) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  const c = s.charCodeAt(2);
  const d = s.charCodeAt(3);
  return (
    ((a === 49 && b === 57) || (a === 50 && b === 48)) && c >= 48 && c <= 57 && d >= 48 && d <= 57
  );
}

/** The first token of the longest hit of class `cls` that ends right before token `at`, or -1. */
export function hitEndingAt(tokens: readonly LexToken[], at: number, cls: LexClass): number {
  let found = -1;
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const hit = tokens[k].hit;
    if (hit && hit.last === at && hit.senses.some((s) => s.entry.cls === cls)) found = k;
  }
  return found;
}

/** Atoms for every lexicon hit of one class (flow terms, change verbs, …). */
export function lexiconAtoms<K extends AtomKind>(
  ctx: AtomContext,
  out: Atom[],
  cls: LexClass,
  kind: K,
  source: string,
  value: (sense: LexSense, tokens: readonly LexToken[], first: number) => AtomValues[K] | null,
): void {
  const { tokens } = ctx;
  const at = ctx.byClass.get(cls);
  if (at === undefined) return;
  for (const i of at) {
    const hit = tokens[i].hit;
    const sense = hit === null ? null : senseOf(hit.senses, cls);
    if (hit === null || sense === null) continue;
    const v = value(sense, tokens, i);
    if (v !== null) out.push(makeAtom(kind, source, tokens, i, hit.last, v) as Atom);
  }
}

/** The first sense of class `cls` among `senses`, or null. */
function senseOf(senses: readonly LexSense[], cls: LexClass): LexSense | null {
  for (const s of senses) if (s.entry.cls === cls) return s;
  return null;
}

export interface Amount {
  first: number;
  last: number;
  exact: string;
  amount: number;
  /** power of ten of the scale word, 0 when none */
  power: number;
  currency: string;
}

/** the number literals whose amounts were read last, and those amounts (`amountsOf`) */
let amountsFor: readonly NumberLit[] | null = null;
let amounts: Array<Amount | null> = [];

/**
 * The amount around each of a sentence's number literals (`readAmount`), read once for the
 * readers that ask (money and price read the same amounts): kept for the last list asked.
 */
export function amountsOf(tokens: readonly LexToken[], numbers: readonly NumberLit[]) {
  if (amountsFor !== numbers) {
    amounts = numbers.map((lit) => readAmount(tokens, lit));
    amountsFor = numbers;
  }
  return amounts;
}

/**
 * "[US$|RMB] 8.22 [trillion|bn] [yuan|dollars]" around a number literal; null without a
 * currency (the amount is then not scaled: most numbers are no money).
 */
export function readAmount(tokens: readonly LexToken[], lit: NumberLit): Amount | null {
  const { power, afterScale } = lit;
  let first = lit.first;
  let last = afterScale;
  let currency: string | null = null;
  const before = hitEndingAt(tokens, lit.first, "currency");
  if (before >= 0) {
    first = before;
    currency = currencyOf(tokens[before].hit!.senses);
  } else {
    const after = tokens[afterScale]?.hit;
    const cur = after ? currencyOf(after.senses) : null;
    if (after && cur) {
      currency = cur;
      last = after.last;
    }
  }
  if (!currency) return null;
  const exact = scaleDecimal(lit.digits, power);
  return { first, last, exact, amount: Number(exact), power, currency };
}

function currencyOf(senses: readonly LexSense[]): string | null {
  const s = senses.find((x) => x.entry.cls === "currency");
  return s ? (s.entry.value as string) : null;
}

/**
 * "of the total", "of the country's trade", "of overall exports": "of" at `at` opens a whole
 * of trade (a flow word or "total" within a few words), so a percent or fraction before it is a
 * share of that whole; "of the national land area" is none.
 */
export function wholeAfter(tokens: readonly LexToken[], at: number): boolean {
  if (tokens[at]?.norm !== "of") return false;
  for (let i = at + 1; i < Math.min(tokens.length, at + 6); i++) {
    // "of the total", "of the country's exports"; not "of the national land area"
    if (senseAt(tokens, i, "flow") || senseAt(tokens, i, "whole")) return true;
    if (/^[,;.]$/.test(tokens[i].raw)) return false;
  }
  return false;
}
