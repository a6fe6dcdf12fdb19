/**
 * Price: money per unit, "2,888.5 yuan per ton", "$95 a barrel", "600 yuan/tonne".
 *
 * Why: a unit price is its own slot of a trade fact; read as plain money it would be taken
 * for a value.
 */
import type { Currency } from "../../core/contract.js";
import { senseAt } from "../lexicon/attach.js";
import { amountsOf, makeAtom } from "./helpers.js";
import type { AtomReader } from "./types.js";

export const priceReader: AtomReader = {
  name: "price",
  kind: "Price",
  specificity: 60,
  triggers: ["number"],
  read({ tokens, numbers }, out) {
    const amounts = amountsOf(tokens, numbers);
    for (let k = 0; k < amounts.length; k++) {
      const a = amounts[k];
      if (!a || !senseAt(tokens, a.last, "per")) continue;
      const perLast = tokens[a.last].hit!.last;
      const unit = senseAt(tokens, perLast, "unit");
      if (!unit) continue;
      const value = {
        amount: a.amount,
        exact: a.exact,
        currency: a.currency as Currency,
        per: unit.entry.value as string,
      };
      out.push(makeAtom("Price", "price", tokens, a.first, tokens[perLast].hit!.last, value));
    }
  },
  examples: [
    {
      in: "at 2,888.5 yuan per ton",
      find: "2,888.5 yuan per ton",
      value: { amount: 2888.5, currency: "CNY", per: "t" },
    },
    { in: "oil at $95 a barrel", find: "$95 a barrel", value: { amount: 95, per: "barrel" } },
    { in: "sold for 600 yuan/tonne", find: "600 yuan/tonne", value: { amount: 600, per: "t" } },
  ],
  counterExamples: [
    { in: "imports worth 5 billion yuan a year", not: "5 billion yuan a year" },
    { in: "561 million tons per year", not: "561 million tons per year" },
  ],
};
