/**
 * Where a document gives one fact in yuan and again in dollars ("9.85 trillion yuan, up 28.1%";
 * "in dollar terms, $1.52 trillion, up 38.6%"), the yuan series is the one kept: the dollar
 * figure and the change stated with it are a parallel reading of the same fact, and two
 * values for one key would make the graph say two different things.
 */
import type { TradeFact } from "../../core/contract.js";
import { statementKey } from "./statement-key.js";
import type { Doubt, SetCheck } from "./types.js";

const DOUBT: Doubt = { weight: 0, reason: "a dollar figure beside the same fact in yuan" };

export const yuanSeriesWins: SetCheck = {
  name: "yuan-series-wins",
  check: (facts) => {
    // most documents state one currency: no series to compare
    if (!facts.some(isForeignValue)) return new Map();
    const withYuan = new Set(facts.filter((f) => f.value?.currency === "CNY").map(statementKey));
    const doubts = new Map<number, Doubt>();
    facts.forEach((f, k) => {
      if (isForeignValue(f) && withYuan.has(statementKey(f))) doubts.set(k, DOUBT);
    });
    return doubts;
  },
};

function isForeignValue(f: TradeFact): boolean {
  return f.value ? f.value.currency !== "CNY" : false;
}
