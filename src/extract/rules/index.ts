/**
 * Entry of the extractor's bottom layers: text → atoms → composed nodes.
 *
 *   readAtoms(text, range?, entities?)  → AtomReading { text, tokens, atoms }
 *       tokens with lexicon hits, and settled atoms (Money, Percent, Points, Multiple,
 *       Quantity, Price, Count, Month, Year, Date, Quarter, Half, RelYear, FlowTerm,
 *       ChangeVerb, Direction, PeriodWord, NumberWord, Yoy, Entity), see atoms/types.ts.
 *   composeNodes(reading)                → Node[]
 *       the top-level nodes of the sentence in text order, after every rule below has run to
 *       saturation and one overlap pass (longest span, then declared specificity) has chosen:
 *       Period (unresolved: resolve with `resolvePeriod(value, docDate, compared?)`),
 *       Change (signed pct, basis, optional baseline Period), List<…> (items of one kind,
 *       `respectively`), and every atom no rule consumed. Composed nodes keep `children`.
 *
 * Why: the clause-frame layer consumes typed nodes; it should never re-read characters. RULES
 * is the one registry of composition rules: adding a phrasing is one file and one line here,
 * and the order of this list changes nothing.
 */

import { ATOM_READERS, type AtomReading, type EntityMention, readAtomsIn } from "../atoms/index.js";
import { resolveOverlaps } from "../atoms/overlaps.js";
import type { Token } from "../tokens.js";
import { changeBaseline } from "./change-baseline.js";
import { changeComparative } from "./change-comparative.js";
import { changeDirection } from "./change-direction.js";
import { changeMultipleNoun, changeMultiplied, changeVerbMultiple } from "./change-multiple.js";
import { changeNounBefore, changeNounOf } from "./change-noun.js";
import { changeVerbPercent } from "./change-verb-percent.js";
import { Chart, saturate } from "./chart.js";
import { countedGoods } from "./counted-goods.js";
import { listRule } from "./list.js";
import { periodBetween } from "./period-between.js";
import { periodFirstMonths, periodFirstQuarters } from "./period-first-months.js";
import { periodMonth } from "./period-month.js";
import { periodMonthPair } from "./period-month-pair.js";
import { periodMonthRange } from "./period-month-range.js";
import { periodMonthsTo } from "./period-months-to.js";
import { periodOfYear } from "./period-of-year.js";
import { periodOrdinalPair } from "./period-ordinal-pair.js";
import { periodHalf, periodQuarter } from "./period-quarter-half.js";
import { periodSame } from "./period-same.js";
import { periodInYear, periodRelativeYear } from "./period-year.js";
import { periodYearBetween, periodYearDash, periodYearRange } from "./period-year-range.js";
import type { Node, Rule } from "./types.js";

export type { AtomReading, EntityMention } from "../atoms/index.js";
export type { Atom, AtomKind, AtomOf } from "../atoms/types.js";
export { type DocDate, type ResolvedPeriod, resolvePeriod } from "./resolve-period.js";
export type * from "./types.js";

export const RULES: readonly Rule[] = [
  periodBetween,
  periodMonthsTo,
  periodFirstMonths,
  periodFirstQuarters,
  periodMonthRange,
  periodMonthPair,
  periodQuarter,
  periodOrdinalPair,
  periodHalf,
  periodMonth,
  periodInYear,
  periodRelativeYear,
  periodYearRange,
  periodYearBetween,
  periodYearDash,
  periodSame,
  periodOfYear,
  changeVerbPercent,
  changeDirection,
  changeNounBefore,
  changeNounOf,
  changeComparative,
  changeVerbMultiple,
  changeMultipleNoun,
  changeMultiplied,
  changeBaseline,
  listRule,
  countedGoods,
];

const SPECIFICITY = new Map<string, number>([
  ...ATOM_READERS.map((r) => [r.name, r.specificity] as [string, number]),
  ...RULES.map((r) => [r.name, r.specificity] as [string, number]),
]);

/**
 * Tokens, lexicon hits and settled atoms of text[range[0], range[1]) (`words`: the range's
 * tokens, if the caller has them).
 */
export function readAtoms(
  text: string,
  range: readonly [number, number] = [0, text.length],
  entities: readonly EntityMention[] = [],
  words?: readonly Token[],
): AtomReading {
  return readAtomsIn(text, range[0], range[1], entities, words);
}

/**
 * The sentence's top-level nodes, composed by `rules` (RULES) and settled by the one overlap
 * pass. The order of `rules` does not change the result.
 */
export function composeNodes(reading: AtomReading, rules: readonly Rule[] = RULES): Node[] {
  const chart = new Chart(reading.text, reading.tokens, reading.atoms);
  saturate(chart, rules);
  return resolveOverlaps(chart.all(), (n) => SPECIFICITY.get(n.source) ?? 0);
}
