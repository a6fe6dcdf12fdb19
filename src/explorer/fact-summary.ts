/** One line saying what a trade fact states, for lists and hovers. */
import { formatAmount, formatPct, formatPeriod } from "./format.js";
import type { Fact } from "./queries.js";

export function factSummary(fact: Fact): string {
  const partner = fact.partner ? ` with ${fact.partner.name}` : "";
  const goods = fact.commodity ? ` in ${fact.commodity.name}` : "";
  const figures = [
    fact.value && formatAmount(fact.value.amount, fact.value.currency),
    fact.changePct !== null && `${formatPct(fact.changePct, true)} change`,
    fact.sharePct !== null && `${formatPct(fact.sharePct)} share`,
  ].filter(Boolean);
  return `${fact.reporter.name} ${fact.flow.toLowerCase()}${partner}${goods}, ${formatPeriod(fact.period)}: ${figures.join(", ")}`;
}
