/**
 * What a fact is a figure of, without its figures: two facts with one key state the same series
 * point (the same reporter, partner, goods, flow, segment, period and baseline).
 *
 * Why one module: the checks that weigh rival figures of one point (a dollar value beside a yuan
 * one, two changes from one sentence) must group facts by the same key.
 */
import type { TradeFact } from "../../core/contract.js";

export function statementKey(f: TradeFact): string {
  return JSON.stringify([
    f.reporter,
    f.partner,
    f.commodity,
    f.flow,
    f.segment,
    f.period,
    f.baseline,
  ]);
}
