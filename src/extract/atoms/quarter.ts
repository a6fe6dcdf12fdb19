/**
 * Quarter: "Q1", "the first quarter", "third-quarter".
 *
 * Why: quarters are the unit of many releases; a Period rule turns one into months.
 */
import { makeAtom } from "./helpers.js";
import { ordinalPeriods } from "./ordinal-period.js";
import type { AtomReader } from "./types.js";

export const quarterReader: AtomReader = {
  name: "quarter",
  kind: "Quarter",
  specificity: 40,
  triggers: ["periodCode", "ordinal"],
  read(ctx, out) {
    for (const [quarter, first, last] of ordinalPeriods(ctx, "quarter"))
      if (quarter <= 4)
        out.push(makeAtom("Quarter", "quarter", ctx.tokens, first, last, { quarter }));
  },
  examples: [
    { in: "Exports rose in Q1.", find: "Q1", value: { quarter: 1 } },
    { in: "in the third quarter of 2023", find: "third quarter", value: { quarter: 3 } },
    { in: "fourth-quarter imports", find: "fourth-quarter", value: { quarter: 4 } },
  ],
  counterExamples: [
    { in: "the first three quarters", not: "three quarters" },
    { in: "a fifth quarter", not: "fifth quarter" },
    { in: "Q5 is not a quarter", not: "Q5" },
  ],
};
