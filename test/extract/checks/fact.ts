/** A whole trade fact from the fields a check test cares about. */
import type { TradeFact } from "../../../src/core/contract.js";

export function fact(fields: Partial<TradeFact>): TradeFact {
  return {
    id: "tf:test",
    reporter: "country:CHN",
    partner: null,
    commodity: null,
    flow: "TOTAL",
    segment: null,
    period: { start: "2021-01", end: "2021-06" },
    value: null,
    quantity: null,
    price: null,
    changePct: null,
    baseline: null,
    sharePct: null,
    evidence: { quote: "", start: 0, end: 0 },
    speaker: null,
    ...fields,
  };
}

export const money = (amount: number) => ({ amount, currency: "CNY" as const });
