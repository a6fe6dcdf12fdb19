/**
 * `<ChangeVerb> [<Yoy>] [by] [<hedge>] <Percent | List<Percent>>` → Change ("rose 5%",
 * "declined by 3.1 percent", "grew year-on-year by nearly 15%", "rose 5%, 6% and 7%").
 *
 * Why: the commonest way a change is stated; the verb's polarity gives the sign. Points are a
 * different atom kind, so "rose 2.3 percentage points" gives no change.
 */
import {
  basisOf,
  changeOrList,
  isPercentLike,
  PERCENT_AFTER_CHANGE_WORD,
  polarityOf,
} from "./change-value.js";
import { node, patternRule } from "./pattern.js";

export const changeVerbPercent = patternRule({
  name: "change-verb-percent",
  produces: "Change",
  specificity: 120,
  pattern: [node("ChangeVerb"), ...PERCENT_AFTER_CHANGE_WORD],
  make: (_s, nodes) =>
    changeOrList(nodes.find(isPercentLike)!, polarityOf(nodes[0]), basisOf(nodes)),
  examples: [
    { in: "Exports rose 5% in June.", find: "rose 5%", value: { pct: 5, from: "Percent" } },
    {
      in: "Imports declined by 3.1 percent.",
      find: "declined by 3.1 percent",
      value: { pct: -3.1 },
    },
    {
      in: "Trade grew year-on-year by nearly 15%.",
      find: "grew year-on-year by nearly 15%",
      value: { pct: 15, basis: "year" },
    },
    { in: "The deficit narrowed 10.9%.", find: "narrowed 10.9%", value: { pct: -10.9 } },
    {
      in: "Exports rose 0.4 percent year on year.",
      find: "rose 0.4 percent year on year",
      value: { pct: 0.4, basis: "year" },
    },
  ],
  counterExamples: [
    { in: "The share rose 2.3 percentage points to 61.8%.", not: "rose 2.3 percentage points" },
    { in: "The share rose to 61.8%.", not: "rose to 61.8%" },
  ],
});
