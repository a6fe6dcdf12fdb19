/**
 * Money: "8.22 trillion yuan", "$145.3 billion", "US$173 billion", "RMB 3 billion", with the
 * amount in base units, exact to the digit; "(about $1.2 billion)" right after another money
 * figure is marked as its conversion.
 *
 * Why: values are the core of a trade fact; a conversion in brackets restates the figure
 * before it and must not become a second value.
 */
import type { Currency } from "../../core/contract.js";
import type { LexToken } from "../lexicon/attach.js";
import { amountsOf, hitEndingAt, makeAtom } from "./helpers.js";
import type { AtomReader } from "./types.js";

/** Is the money starting at token `first` in brackets right after a money figure? */
function isConversion(tokens: readonly LexToken[], first: number, prevLast: number): boolean {
  let k = first;
  const hedge = hitEndingAt(tokens, k, "hedge");
  if (hedge >= 0) k = hedge;
  else if (tokens[k - 1]?.norm === "or") k -= 1;
  if (tokens[k - 1]?.norm !== "(") return false;
  return prevLast === k - 1 || (prevLast === k - 2 && tokens[k - 2].norm === ",");
}

export const moneyReader: AtomReader = {
  name: "money",
  kind: "Money",
  specificity: 50,
  triggers: ["number"],
  read({ tokens, numbers }, out) {
    let prevLast = -10;
    const amounts = amountsOf(tokens, numbers);
    for (let k = 0; k < amounts.length; k++) {
      const a = amounts[k];
      if (!a) continue;
      const conversion = isConversion(tokens, a.first, prevLast);
      const value = {
        amount: a.amount,
        exact: a.exact,
        currency: a.currency as Currency,
        scale: a.power,
        conversion,
      };
      out.push(makeAtom("Money", "money", tokens, a.first, a.last, value));
      prevLast = a.last;
    }
  },
  examples: [
    {
      in: "Exports rose to ¥3.41 trln in the period.",
      find: "¥3.41 trln",
      value: { amount: 3410000000000, currency: "CNY" },
    },
    {
      in: "Trade reached RMB1.8 trillion in the quarter.",
      find: "RMB1.8 trillion",
      value: { amount: 1800000000000, exact: "1800000000000", currency: "CNY" },
    },
    {
      in: "Exports reached 8.22 trillion yuan last year.",
      find: "8.22 trillion yuan",
      value: { amount: 8220000000000, exact: "8220000000000", currency: "CNY" },
    },
    {
      in: "Imports were $145.3 billion.",
      find: "$145.3 billion",
      value: { amount: 145300000000, currency: "USD" },
    },
    {
      in: "a surplus of US$173 billion",
      find: "US$173 billion",
      value: { amount: 173000000000, currency: "USD" },
    },
    {
      in: "worth RMB 3.5 billion",
      find: "RMB 3.5 billion",
      value: { amount: 3500000000, currency: "CNY" },
    },
    {
      in: "worth 12.5bn euros",
      find: "12.5bn euros",
      value: { amount: 12500000000, currency: "EUR" },
    },
    {
      in: "some 282.1 billion U.S. dollars",
      find: "282.1 billion U.S. dollars",
      value: { currency: "USD" },
    },
    {
      in: "a total of 1,234.56 yuan",
      find: "1,234.56 yuan",
      value: { amount: 1234.56, exact: "1234.56" },
    },
    { in: "0.07 trillion yuan", find: "0.07 trillion yuan", value: { exact: "70000000000" } },
    {
      in: "trade hit 41.76 trillion yuan (about $5.9 trillion) in 2023",
      find: "$5.9 trillion",
      value: { amount: 5900000000000, currency: "USD", conversion: true },
    },
    {
      in: "trade hit 41.76 trillion yuan (about $5.9 trillion) in 2023",
      find: "41.76 trillion yuan",
      value: { conversion: false },
    },
  ],
  counterExamples: [
    { in: "The 2.5 million tons of ore arrived.", not: "2.5 million" },
    { in: "Trade rose 5% in 2023.", not: "2023" },
    { in: "The US had 3 billion visitors (about 4 billion).", not: "4 billion" },
  ],
};
