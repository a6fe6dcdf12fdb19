/**
 * What a fact is a figure of, without its figures: two facts with one key state the same series
 * point (the same reporter, partner, goods, flow, segment, period and baseline).
 *
 * Why one module: the checks that weigh rival figures of one point (a dollar value beside a yuan
 * one, two changes from one sentence) must group facts by the same key.
 */
import type { TradeFact } from "../../core/contract.js";

/**
 * The key written out: ids and flows are slugs and names (no control characters), periods
 * `{ start, end }`, segments `{ dimension, value }`, so two facts share a key exactly where the
 * JSON of those slots is the same (the merge's key, frames/merge.ts).
 */
export function statementKey(f: TradeFact): string {
  const segment = f.segment === null ? "\u0000" : `${f.segment.dimension}\u0002${f.segment.value}`;
  const baseline = f.baseline === null ? "\u0000" : `${f.baseline.start}\u0002${f.baseline.end}`;
  return `${f.reporter}\u0001${f.partner ?? "\u0000"}\u0001${f.commodity ?? "\u0000"}\u0001${f.flow}\u0001${segment}\u0001${f.period.start}\u0002${f.period.end}\u0001${baseline}`;
}
