/**
 * Fraction shares: "accounting for more than half of the total", "more than one-third of the
 * country's trade", read as a Percent (50, 33.3) where a share word comes just before or a
 * whole just after.
 *
 * Why only after a share word: "half" and "quarter" are periods first ("the first half"); a
 * fraction is a share of a whole only where the text says it is one. Hedges ("more than",
 * "nearly") count as the fraction, as annotators count "more than half" as 50.
 */
import { senseAt } from "../lexicon/attach.js";
import { makeAtom, wholeAfter } from "./helpers.js";
import type { AtomReader } from "./types.js";

/** how far back, in tokens, the share word may stand ("accounting for more than half") */
const REACH = 5;

export const fractionReader: AtomReader = {
  name: "fraction",
  kind: "Percent",
  specificity: 45,
  triggers: ["fraction"],
  read({ tokens, byClass }, out) {
    for (const i of byClass.get("fraction") ?? []) {
      const sense = senseAt(tokens, i, "fraction");
      const last = tokens[i].hit?.last ?? i + 1;
      if (!sense || tokens[last]?.norm !== "of") continue;
      if (!shareWordBefore(tokens, i) && !wholeAfter(tokens, last)) continue;
      if (senseAt(tokens, i - 1, "ordinal")) continue;
      out.push(
        makeAtom("Percent", "fraction", tokens, i, last, { pct: sense.entry.value as number }),
      );
    }
  },
  examples: [
    {
      in: "Private firms accounted for more than half of the total.",
      find: "half",
      value: { pct: 50 },
    },
    { in: "It made up a quarter of all exports.", find: "quarter", value: { pct: 25 } },
    {
      in: "The delta created more than one-third of the country's trade.",
      find: "one-third",
      value: { pct: 33.3 },
    },
  ],
  counterExamples: [
    { in: "Exports rose in the first half of the year.", not: "half" },
    { in: "Half of the firms are private.", not: "Half" },
    { in: "Costs fell by one-third in a year.", not: "one-third" },
    { in: "It accounted for 12% of trade in the second quarter of 2021.", not: "quarter" },
  ],
};

function shareWordBefore(tokens: Parameters<typeof senseAt>[0], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - REACH); k--) {
    if (senseAt(tokens, k, "shareCue")) return true;
    if (/^[,;:.]$/.test(tokens[k].raw)) return false;
  }
  return false;
}
