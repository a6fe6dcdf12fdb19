/**
 * `<Percent> higher|lower than [in] [<Period>]` → Change; a Period after "than" is its
 * baseline ("9% higher than in April" is month on month), none means a year earlier.
 *
 * Why: comparisons state the sign after the figure; "than a year earlier" is the default
 * baseline (null), "than in April" a stated one.
 */
import { node, opt, patternRule, word } from "./pattern.js";
import type { Node } from "./types.js";

const comparative = (n: Node) => n.kind === "Direction" && n.value.comparative;

export const changeComparative = patternRule({
  name: "change-comparative",
  produces: "Change",
  specificity: 120,
  pattern: [
    node("Percent"),
    node("Direction", comparative),
    word("than"),
    opt(word("in")),
    opt(node("Period")),
  ],
  make(_s, nodes) {
    const [pct, dir, base] = nodes;
    if (pct.kind !== "Percent" || dir.kind !== "Direction") return null;
    const baseline = base?.kind === "Period" ? base.value : null;
    return {
      kind: "Change",
      value: { pct: dir.value.polarity * pct.value.pct, from: "Percent", basis: null, baseline },
    };
  },
  examples: [
    {
      in: "exports were 4.5% lower than a year earlier",
      find: "4.5% lower than",
      value: { pct: -4.5, baseline: null },
    },
    {
      in: "9% higher than in April",
      find: "9% higher than in April",
      value: { pct: 9, baseline: { startMonth: 4, endMonth: 4 } },
    },
  ],
  counterExamples: [
    { in: "a rate 2 percentage points higher than before", not: "2 percentage points higher than" },
  ],
});
