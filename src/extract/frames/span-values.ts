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
  /** the later value's period: null where only the earlier one is dated ("to X from Y in 2017") */
  to: { value: Money; period: PeriodValue | null };
  /** the token where the earlier value's period starts: not a period the clause measures */
  fromPeriodAt: number;
}

export function readSpanValues(
  nodes: readonly Node[],
  tokens: readonly LexToken[],
): SpanValues | null {
  const dated: Array<{ value: Money; period: PeriodValue; at: number; periodAt: number }> = [];
  for (let k = 0; k + 1 < nodes.length; k++) {
    const money = nodes[k];
    if (money.kind !== "Money" || money.value.conversion) continue;
    const period = nextPeriod(nodes, k);
    if (!period) continue;
    const value = { amount: money.value.amount, currency: money.value.currency };
    dated.push({ value, period: period.value, at: money.first, periodAt: period.first });
  }
  if (dated.length === 1) return reversedSpan(nodes, tokens, dated[0]);
  if (dated.length !== 2) return null;
  const [a, b] = dated;
  const opens = tokens[a.at - 1]?.norm === "from";
  const closes = tokens[b.at - 1]?.norm === "to";
  return opens && closes ? { from: a, to: b, fromPeriodAt: a.periodAt } : null;
}

/**
 * "expanding the surplus to $323.3 billion from $275.8 billion in 2017": the later value first,
 * undated; the earlier one after "from", dated.
 */
function reversedSpan(
  nodes: readonly Node[],
  tokens: readonly LexToken[],
  from: { value: Money; period: PeriodValue; at: number; periodAt: number },
): SpanValues | null {
  if (tokens[from.at - 1]?.norm !== "from") return null;
  const k = nodes.findIndex((n) => n.first === from.at);
  const to = nodes[k - 1];
  // "to $323.3 billion", "to a record $323.3 billion"
  const lead = tokens.slice(Math.max(0, to?.first - 3), to?.first).map((t) => t.norm);
  if (to?.kind !== "Money" || to.value.conversion || !lead.includes("to")) return null;
  return {
    from,
    to: { value: { amount: to.value.amount, currency: to.value.currency }, period: null },
    fromPeriodAt: from.periodAt,
  };
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
