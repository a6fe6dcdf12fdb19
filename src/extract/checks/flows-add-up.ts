/**
 * Exports and imports add up to the total, and exports less imports are the balance, when one
 * document states all of them for the same reporter, partner, goods, segment and period. Where
 * they do not (by more than rounding), at least one figure sits in the wrong slot (a segment's
 * figure read as the whole, an import read as a total) and none of them can be trusted alone.
 */
import type { TradeFact } from "../../core/contract.js";
import type { Doubt, SetCheck } from "./types.js";

/** printed figures are rounded to three or four digits: allow that much disagreement */
const ROUNDING = 0.02;
const MISMATCH_WEIGHT = 0.4;

export const flowsAddUp: SetCheck = {
  name: "flows-add-up",
  check: (facts) => {
    const doubts = new Map<number, Doubt>();
    for (const group of valueGroups(facts).values()) {
      // a relation needs three figures of the group
      if (group.length < 3) continue;
      // two values of one flow ("10.3 trillion", "more than 10 trillion"): nothing to add up
      const flows = group.map((k) => facts[k].flow);
      if (new Set(flows).size < flows.length) continue;
      const [e, i, t, b] = (["EXPORT", "IMPORT", "TOTAL", "BALANCE"] as const).map((flow) =>
        group.find((k) => facts[k].flow === flow),
      );
      const [x, y, total, balance] = [e, i, t, b].map((k) => amountAt(facts, k));
      const relations = [
        { members: [e, i, t], verdict: agreement(x, y, total, (p, q) => p + q) },
        { members: [e, i, b], verdict: agreement(x, y, balance, (p, q) => p - q) },
      ];
      // a figure that takes part in a relation that holds is vindicated by it
      const vindicated = new Set(
        relations.filter((r) => r.verdict === "holds").flatMap((r) => r.members),
      );
      for (const r of relations) {
        if (r.verdict !== "fails") continue;
        for (const k of r.members)
          if (k !== undefined && !vindicated.has(k))
            doubts.set(k, {
              weight: MISMATCH_WEIGHT,
              reason: "exports, imports, total and balance stated together do not add up",
            });
      }
    }
    return doubts;
  },
};

/** Facts with a value, by everything but their flow (and the value's currency). */
function valueGroups(facts: readonly TradeFact[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  facts.forEach((f, k) => {
    if (!f.value || f.baseline) return;
    const key = groupKey(f, f.value.currency);
    const group = groups.get(key);
    if (group) group.push(k);
    else groups.set(key, [k]);
  });
  return groups;
}

/**
 * Everything but the flow, written out: ids and currencies are slugs and codes (no control
 * characters), periods `{ start, end }`, segments `{ dimension, value }`, so two facts share a
 * key exactly where the JSON of those slots is the same.
 */
function groupKey(f: TradeFact, currency: string): string {
  const segment = f.segment === null ? "\u0000" : `${f.segment.dimension}\u0002${f.segment.value}`;
  return `${f.reporter}\u0001${f.partner ?? "\u0000"}\u0001${f.commodity ?? "\u0000"}\u0001${segment}\u0001${f.period.start}\u0002${f.period.end}\u0001${currency}`;
}

function amountAt(facts: readonly TradeFact[], k: number | undefined): number | null {
  return k === undefined ? null : (facts[k].value?.amount ?? null);
}

function agreement(
  x: number | null,
  y: number | null,
  whole: number | null,
  combine: (x: number, y: number) => number,
): "holds" | "fails" | "unknown" {
  if (x === null || y === null || whole === null) return "unknown";
  const expected = combine(x, y);
  // each printed figure may be off by half a unit of its last written digit ("1.8 trillion")
  const written = halfUnit(x) + halfUnit(y) + halfUnit(whole);
  const tolerance = Math.max(ROUNDING * Math.max(Math.abs(x), Math.abs(y)), written);
  return Math.abs(expected - whole) > tolerance ? "fails" : "holds";
}

/** 1.8e12 → 5e10; 794.9e9 → 5e7: half the place value of the last nonzero digit */
export function halfUnit(n: number): number {
  const a = Math.abs(n);
  if (a === 0) return 0;
  let place = 10 ** Math.floor(Math.log10(a));
  // walk down the places while the number is not yet written out at this one
  for (let i = 0; i < 16 && Math.abs(Math.round(a / place) * place - a) > a * 1e-12; i++)
    place /= 10;
  return place / 2;
}
