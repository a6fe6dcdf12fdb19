/**
 * Half: "H1", "the first half", "second-half", "the latter half".
 *
 * Why: half-year figures are the other common period of briefings; "half of the total" (no
 * ordinal) is a share, not a period, and is not read here.
 */
import { makeAtom } from "./helpers.js";
import { ordinalPeriods } from "./ordinal-period.js";
import type { AtomReader } from "./types.js";

export const halfReader: AtomReader = {
  name: "half",
  kind: "Half",
  specificity: 40,
  triggers: ["periodCode", "ordinal"],
  read(ctx, out) {
    for (const [half, first, last] of ordinalPeriods(ctx, "half"))
      if (half <= 2) out.push(makeAtom("Half", "half", ctx.tokens, first, last, { half }));
  },
  examples: [
    { in: "in the first half of this year", find: "first half", value: { half: 1 } },
    { in: "H2 exports", find: "H2", value: { half: 2 } },
    { in: "in the latter half of 2022", find: "latter half", value: { half: 2 } },
  ],
  counterExamples: [
    { in: "nearly half of the total", not: "half" },
    { in: "H3 is no half", not: "H3" },
  ],
};
