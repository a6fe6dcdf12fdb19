/**
 * A trade value is never a handful of yuan or dollars: an amount under ten thousand means the
 * scale word ("trillion", "billion") was not read, and the figure is wrong by orders of
 * magnitude. Unit prices are prices, not values, and are not concerned.
 */
import type { FactCheck } from "./types.js";

/** the smallest trade value a document states in base units */
const SMALLEST_TRADE_VALUE = 10_000;

export const valueHasScale: FactCheck = {
  name: "value-has-scale",
  check: (fact) =>
    fact.value !== null && Math.abs(fact.value.amount) < SMALLEST_TRADE_VALUE
      ? {
          weight: 1,
          clears: "value",
          reason: `a trade value of ${fact.value.amount} lacks its scale word`,
        }
      : null,
};
