/**
 * "from 312 billion yuan in 2013 to 674 billion yuan in 2024": two values, each dated, of
 * which the second is the one measured and the first's period is what its change compares
 * with.
 *
 * Why a reading of its own: read as a list, the two values would pair with nothing (one
 * partner, one change); read as one period, the later value would be dated by the earlier year.
 */
import type { Money } from "../../core/contract.js";
import type { LexToken } from "../lexicon/attach.js";
import type { Node, PeriodValue } from "../rules/types.js";

export interface SpanValues {
  from: { value: Money; period: PeriodValue };
  to: { value: Money; period: PeriodValue };
}

export function readSpanValues(
  nodes: readonly Node[],
  tokens: readonly LexToken[],
): SpanValues | null {
  const dated: Array<{ value: Money; period: PeriodValue; at: number }> = [];
  for (let k = 0; k + 1 < nodes.length; k++) {
    const [money, period] = [nodes[k], nextPeriod(nodes, k)];
    if (money.kind !== "Money" || money.value.conversion || !period) continue;
    const value = { amount: money.value.amount, currency: money.value.currency };
    dated.push({ value, period: period.value, at: money.first });
  }
  if (dated.length !== 2) return null;
  const [a, b] = dated;
  const opens = tokens[a.at - 1]?.norm === "from";
  const closes = tokens[b.at - 1]?.norm === "to";
  return opens && closes ? { from: a, to: b } : null;
}

/** The period dating the money at `k`: right after it, or after its bracketed conversion. */
function nextPeriod(nodes: readonly Node[], k: number): Extract<Node, { kind: "Period" }> | null {
  for (let j = k + 1; j < Math.min(nodes.length, k + 3); j++) {
    const n = nodes[j];
    if (n.kind === "Period") return n;
    if (n.kind !== "Money" || !n.value.conversion) return null;
  }
  return null;
}
