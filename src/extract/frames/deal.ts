/**
 * A filled frame → trade-fact drafts: the one rule that deals lists out.
 *
 * Why one rule: every slot is a list; with n the length of the longest figure list, a slot of
 * length n pairs item by item, a slot of one item holds for all n, an empty slot stays empty,
 * and a slot of any other length (three partners, two changes) means the text did not say
 * which figure is whose: no fact. A share stated once for several partners is such a case.
 */
import type { Flow, Money, Period, Price, Quantity, Segment } from "../../core/contract.js";
import type { ChangeRef } from "./types.js";

/** A frame whose slots the discourse layer has filled; periods resolved. */
export interface FilledFrame {
  reporters: string[];
  partners: Array<string | null>;
  commodities: Array<string | null>;
  flows: Flow[];
  segments: Array<Segment | null>;
  deficit: boolean;
  period: Period;
  /** several periods, one per figure ("… in 2020, and … in 2021"); empty when one holds */
  periods: Period[];
  values: Money[];
  quantities: Quantity[];
  prices: Price[];
  changes: ChangeRef[];
  shares: number[];
}

export interface DealtFact {
  reporter: string;
  partner: string | null;
  commodity: string | null;
  flow: Flow;
  segment: Segment | null;
  period: Period;
  value: Money | null;
  quantity: Quantity | null;
  price: Price | null;
  change: ChangeRef | null;
  sharePct: number | null;
}

type Slot<T> = readonly T[];

/** The i-th of n, or null where the slot is empty; undefined where it cannot be dealt. */
function pick<T>(xs: Slot<T>, n: number, i: number): T | null | undefined {
  if (xs.length === 0) return null;
  if (xs.length === 1) return xs[0];
  return xs.length === n ? xs[i] : undefined;
}

/** a slot of several items, but not one per figure */
function unpaired(xs: Slot<unknown>, n: number): boolean {
  return xs.length > 1 && xs.length !== n;
}

/** a figure list of the dealt length, else none */
function fits<T>(xs: Slot<T>, n: number): Slot<T> {
  return xs.length === n ? xs : [];
}

export function dealFrame(f: FilledFrame): DealtFact[] {
  const n = Math.max(
    f.values.length,
    f.quantities.length,
    f.prices.length,
    f.changes.length,
    f.shares.length,
  );
  if (n === 0) return [];
  // a slot of several items pairs only with as many figures; with n = 1 that is never: one
  // figure stated for several items ("exports to A and B rose 5%") is not each one's
  if (
    unpaired(f.reporters, n) ||
    unpaired(f.partners, n) ||
    unpaired(f.commodities, n) ||
    unpaired(f.flows, n) ||
    unpaired(f.segments, n) ||
    unpaired(f.periods, n)
  )
    return [];
  // a figure list of another length cannot be paired ("1, 2 and 3 trillion, up 5%": whose
  // 5%?): it is left out, the others stand
  const values = fits(f.values, n);
  const quantities = fits(f.quantities, n);
  const prices = fits(f.prices, n);
  const changes = fits(f.changes, n);
  const shares = fits(f.shares, n);
  const out: DealtFact[] = [];
  for (let i = 0; i < n; i++) {
    const value = pick(values, n, i) ?? null;
    const flow = pick(f.flows, n, i) as Flow;
    out.push({
      reporter: pick(f.reporters, n, i) as string,
      partner: pick(f.partners, n, i) ?? null,
      commodity: pick(f.commodities, n, i) ?? null,
      flow,
      segment: pick(f.segments, n, i) ?? null,
      period: pick(f.periods, n, i) ?? f.period,
      // a deficit is a balance below zero
      value:
        value && f.deficit && flow === "BALANCE"
          ? { ...value, amount: -Math.abs(value.amount) }
          : value,
      quantity: pick(quantities, n, i) ?? null,
      price: pick(prices, n, i) ?? null,
      change: pick(changes, n, i) ?? null,
      sharePct: pick(shares, n, i) ?? null,
    });
  }
  return out;
}
