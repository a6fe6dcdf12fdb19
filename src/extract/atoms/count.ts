/**
 * Count: a bare number, "2.66 trillion", "18", "1,200", exact; the fallback reading of any
 * number no more specific atom (money, percent, year, …) takes.
 *
 * Why: lists share one unit ("2.66 trillion, 2.52 trillion and 2.21 trillion yuan"), counted
 * goods name their product instead of a unit; both are composed from Counts by rules.
 */

import { scaleDecimal } from "./decimal.js";
import { makeAtom } from "./helpers.js";
import type { AtomReader } from "./types.js";

export const countReader: AtomReader = {
  name: "count",
  kind: "Count",
  specificity: 10,
  triggers: ["number"],
  read({ tokens, numbers }, out) {
    for (const lit of numbers) {
      const { power, afterScale: last } = lit;
      const exact = scaleDecimal(lit.digits, power);
      out.push(
        makeAtom("Count", "count", tokens, lit.first, last, {
          amount: Number(exact),
          exact,
          scaled: power > 0,
        }),
      );
    }
  },
  examples: [
    {
      in: "2.66 trillion, 2.52 trillion and 2.21 trillion yuan",
      find: "2.66 trillion",
      value: { amount: 2660000000000, scaled: true },
    },
    { in: "the 18 pilot free trade zones", find: "18", value: { amount: 18, scaled: false } },
    { in: "some 1,200 firms", find: "1,200", value: { exact: "1200" } },
  ],
  counterExamples: [
    { in: "Trade grew in 2023.", not: "2023" },
    { in: "It rose 5% in May.", not: "5" },
    { in: "the 13th Five-Year Plan and 5G networks", not: "13th" },
  ],
};
