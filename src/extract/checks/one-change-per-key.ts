/**
 * One sentence, one change per fact: where one sentence gives one fact (same reporter, partner,
 * goods, flow, segment, period and baseline) two different changes, the one stated beside the
 * fact's amount is kept (gold convention: "keep the one stated with the value"). Where no change
 * stands beside an amount, nothing tells which is right, and none is kept: precision first.
 * Changes of one key from different sentences are left alone: a later sentence may measure
 * another aspect of it ("the amount of goods"), which the gold keeps.
 *
 * Why this happens: a change read for the wrong period ("grew 5.9% in 2024, compared with a 4.6%
 * drop in the previous year", "the previous year" read against the document's date) lands on
 * the key of the clause's own fact; the merge keeps disagreeing figures apart for the checks.
 */
import type { TradeFact } from "../../core/contract.js";
import { statementKey } from "./statement-key.js";
import type { Doubt, SetCheck } from "./types.js";

const DOUBT: Doubt = {
  weight: 0,
  reason: "another change of the same fact, stated with its amount",
};
const UNDECIDED: Doubt = { weight: 0, reason: "two changes of one fact, neither with its amount" };

export const oneChangePerKey: SetCheck = {
  name: "one-change-per-key",
  check: (facts) => {
    const groups = new Map<string, number[]>();
    for (let k = 0; k < facts.length; k++) {
      const f = facts[k];
      if (f.changePct === null) continue;
      const key = `${f.evidence.start ?? f.evidence.quote}|${statementKey(f)}`;
      const group = groups.get(key);
      if (group) group.push(k);
      else groups.set(key, [k]);
    }
    const doubts = new Map<number, Doubt>();
    for (const members of groups.values()) {
      // most groups hold one fact
      if (members.length < 2) continue;
      const changes = new Set(members.map((k) => facts[k].changePct));
      if (changes.size < 2) continue;
      const withAmount = members.filter((k) => hasAmount(facts[k])).map((k) => facts[k].changePct);
      const kept = new Set(withAmount);
      for (const k of members)
        if (!kept.has(facts[k].changePct)) doubts.set(k, kept.size ? DOUBT : UNDECIDED);
    }
    return doubts;
  },
};

function hasAmount(f: TradeFact): boolean {
  return f.value !== null || f.quantity !== null || f.price !== null;
}
