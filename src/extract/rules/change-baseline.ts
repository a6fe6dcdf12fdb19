/**
 * `<Change> [compared] from|over|against|with|to <Period baseline>` → the Change with that
 * baseline ("up 41.9% from the same period of 2019").
 *
 * Why: a change against a named earlier period is a separate fact; the baseline travels with
 * the change node so that the clause layer need not look for it.
 */
import { node, opt, patternRule, word } from "./pattern.js";
import type { Node } from "./types.js";

const isBaseline = (n: Node) => n.kind === "Period" && n.value.baseline;

export const changeBaseline = patternRule({
  name: "change-baseline",
  produces: "Change",
  specificity: 130,
  pattern: [
    node("Change"),
    opt(word("compared", "as")),
    word("from", "over", "against", "with", "to", "versus", "vs"),
    node("Period", isBaseline),
  ],
  make(_s, [c, p]) {
    if (c.kind !== "Change" || p.kind !== "Period") return null;
    return { kind: "Change", value: { ...c.value, baseline: p.value } };
  },
  examples: [
    {
      in: "up 41.9% from the same period of 2019",
      find: "up 41.9% from the same period of 2019",
      value: { pct: 41.9, baseline: { sameMonths: true, year: { kind: "explicit", year: 2019 } } },
    },
    {
      in: "rose 3% compared with the same period last year",
      find: "rose 3% compared with the same period last year",
      value: { baseline: { year: { kind: "relative", offset: -1 } } },
    },
  ],
  counterExamples: [{ in: "up 5% from 2019 levels", not: "up 5% from 2019" }],
});
