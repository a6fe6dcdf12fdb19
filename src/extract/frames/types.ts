/**
 * The clause-frame layer's types: what one clause states, slot by slot, before the discourse
 * layer fills what it leaves out and the frame is dealt out into trade facts.
 *
 * Why typed slots: every slot holds a list in text order ("exports to A, B and C rose 5%, 6%
 * and 7%" has three partners and three changes), and dealing out is one rule for all slots:
 * lists of equal length zip, a single item holds for all, anything else states no fact.
 */
import type { Flow, Money, Period, Price, Quantity, Segment } from "../../core/contract.js";
import type { PeriodValue } from "../rules/types.js";

export interface EntityRef {
  id: string;
  start: number;
  end: number;
}

export interface ChangeRef {
  pct: number;
  /** the period compared with, unresolved, when the text states one */
  baseline: PeriodValue | null;
  /** month-on-month: compared with the month before */
  monthOnMonth: boolean;
}

/** Where a clause's reporter or partner came from when the text did not name it. */
export interface Anaphora {
  /** "the province's exports", "its imports": the reporter named before */
  reporter: boolean;
  /** "trade between Xinjiang and the country", "bilateral trade": the partner named before */
  partner: boolean;
  /** the partner is said "bilateral": a trade of two sides, never the whole world's */
  bilateral: boolean;
  /** "It accounted for 29.6%": the fact stated before */
  fact: boolean;
}

export interface ClauseFrame {
  start: number;
  end: number;
  reporters: EntityRef[];
  partners: EntityRef[];
  commodities: EntityRef[];
  flows: Flow[];
  /** a deficit stated as a balance: its amount is negative */
  deficit: boolean;
  /** the only flow word does not say which way ("shipments fell 10%") */
  vague: boolean;
  segments: Segment[];
  /** the measured period, unresolved; null when the clause states none */
  period: PeriodValue | null;
  /** it is written "the year" ("imports for the year rose"): the year the text named last */
  theYear: boolean;
  /** every measured period when the clause states several ("1.6 trillion in 2020 and 1.9
   * trillion in 2021"): a list slot dealt out like the others */
  periods: PeriodValue[];
  /** a period of comparison stated on its own ("compared with 3.1% in the same period last year") */
  comparedPeriod: PeriodValue | null;
  values: Money[];
  /** "from 312 billion yuan in 2013 to 674 billion yuan in 2024": the earlier value, dated */
  earlier: { value: Money; period: PeriodValue } | null;
  quantities: Quantity[];
  prices: Price[];
  changes: ChangeRef[];
  /** changes stated for the period of comparison */
  comparedChanges: number[];
  /** amounts stated for the period of comparison */
  comparedValues: Money[];
  comparedQuantities: Quantity[];
  /** the period of comparison is the measured one a year before ("… a year earlier") */
  comparedYearBefore: boolean;
  shares: number[];
  anaphora: Anaphora;
  /** the clause speaks of counts, other economies or unknown names: no trade fact */
  notTrade: boolean;
  /** it speaks of goods the gazetteer does not know ("the aquatic industry"): their figures are
   * no fact the graph can hold, nor are those of the clauses after it that name nothing */
  unknownGoods: boolean;
  /** "cumulative imports": a figure summed over years; a fact only for a period of years */
  cumulative: boolean;
  /** it speaks of expectations ("will", "is expected to"): a fact only for a period past */
  forecast: boolean;
  /** a word of expectation before the figure ("were expected to", "plans to"): whatever the
   * period, what is stated is what someone expected, not what happened */
  expectation: boolean;
  /** it opens with "In terms of …", "As for …": the paragraph's topic no longer holds */
  shiftsTopic: boolean;
  /** a part of the clause or sentence before ("of which", "including 2 billion yuan in …") */
  partOf: "clause" | "sentence" | null;
}

export type { Period };
