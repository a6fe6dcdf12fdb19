/**
 * The periods of a clause by role: measured (one, or several that pair with as many figures),
 * compared with (after "compared with", or right after a change: "up 5% from 2016"), or a
 * reference point ("the first drop since 2017").
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node, PeriodValue } from "../rules/types.js";
import type { Clause } from "./clauses.js";
import { comparedPeriodAfter } from "./figures.js";

type PeriodNode = Extract<Node, { kind: "Period" }>;

export interface ClausePeriods {
  measured: PeriodValue | null;
  /** several measured periods, or none */
  all: PeriodValue[];
  /** the period after the clause's comparison cue */
  comparedTo: PeriodValue | null;
}

export function readPeriods(
  clause: Clause,
  tokens: readonly LexToken[],
  wholeAt: number,
  compareAt: number,
): ClausePeriods {
  const periods = clause.nodes.filter((x): x is PeriodNode => x.kind === "Period");
  const baselines = new Set(
    clause.nodes.flatMap((n, k) =>
      comparedPeriodAfter(n, clause.nodes[k + 1], tokens) ? [clause.nodes[k + 1]] : [],
    ),
  );
  const compared = compareAt < clause.last ? periods.find((p) => p.first > compareAt) : undefined;
  const measured = periods.filter(
    (p) =>
      !p.value.baseline &&
      p.first < wholeAt &&
      !outside(tokens, p) &&
      !baselines.has(p) &&
      p !== compared,
  );
  return {
    measured: measured[0]?.value ?? null,
    all: measured.length < 2 ? [] : measured.map((p) => p.value),
    comparedTo: compared?.value ?? null,
  };
}

/** How many periods the clause dates its figures by (for pairing lists of flows). */
export function datedPeriods(clause: Clause): number {
  return clause.nodes.filter((p) => p.kind === "Period" && !p.value.baseline).length;
}

/** "the first drop since February 2017": a reference point, not the period measured */
function outside(tokens: readonly LexToken[], p: Node): boolean {
  return senseAt(tokens, p.first - 1, "periodOutside") !== null;
}
