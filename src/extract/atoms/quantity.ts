/**
 * Quantity: an amount in a unit of measure, "561 million tons", "4.91 million vehicles",
 * "29.6 million TEUs".
 *
 * Why: volumes are reported beside values and must not be read as counts or money. Counted
 * goods without a unit word ("75.3 billion integrated circuits") are composed by a rule from a
 * Count and a commodity Entity, since only the gazetteer knows what a product is.
 */
import { senseAt } from "../lexicon/attach.js";
import { scaleDecimal } from "./decimal.js";
import { makeAtom } from "./helpers.js";
import type { AtomReader } from "./types.js";

export const quantityReader: AtomReader = {
  name: "quantity",
  kind: "Quantity",
  specificity: 50,
  triggers: ["number"],
  read({ tokens, numbers }, out) {
    for (const lit of numbers) {
      const { power, afterScale: next } = lit;
      const unit = senseAt(tokens, next, "unit");
      if (!unit) continue;
      const exact = scaleDecimal(lit.digits, power);
      const value = {
        amount: Number(exact),
        exact,
        unit: unit.entry.value as string,
        scale: power,
      };
      out.push(makeAtom("Quantity", "quantity", tokens, lit.first, tokens[next].hit!.last, value));
    }
  },
  examples: [
    {
      in: "Imports of ore were 561 million tons.",
      find: "561 million tons",
      value: { amount: 561000000, unit: "t" },
    },
    {
      in: "It shipped 4.91 million vehicles abroad.",
      find: "4.91 million vehicles",
      value: { amount: 4910000, unit: "vehicles" },
    },
    {
      in: "Arrivals rose to 25.3-million tonnes.",
      find: "25.3-million tonnes",
      value: { amount: 25300000, unit: "t" },
    },
    {
      in: "The port handled 29.6 million TEUs.",
      find: "29.6 million TEUs",
      value: { amount: 29600000, unit: "TEU" },
    },
    {
      in: "about 1.2 million metric tons of soybeans",
      find: "1.2 million metric tons",
      value: { exact: "1200000", unit: "t" },
    },
  ],
  counterExamples: [
    { in: "Exports rose 12.5% to 3 billion yuan.", not: "3 billion yuan" },
    { in: "Trade in 2023 tonnage terms is not given.", not: "2023 tonnage" },
  ],
};
