/**
 * `between <Month> and <Month>` → the inclusive month range ("between January and April").
 *
 * Why: a range stated with "between" is the period itself, not two months.
 */
import { lex, node, patternRule, word } from "./pattern.js";
import { monthOf, period } from "./period-value.js";

export const periodBetween = patternRule({
  name: "period-between",
  produces: "Period",
  specificity: 120,
  pattern: [word("between"), node("Month"), lex("conj"), node("Month")],
  make: (_s, [a, b]) => ({ kind: "Period", value: period(monthOf(a), monthOf(b)) }),
  examples: [
    {
      in: "Exports rose between January and April.",
      find: "between January and April",
      value: { startMonth: 1, endMonth: 4 },
    },
    {
      in: "between March and May of 2023",
      find: "between March and May of 2023",
      value: { startMonth: 3, endMonth: 5, year: { kind: "explicit", year: 2023 } },
    },
    {
      in: "between November and February",
      find: "between November and February",
      value: { startMonth: 11, endMonth: 2, startYearDelta: -1 },
    },
  ],
  counterExamples: [{ in: "trade between China and ASEAN", not: "between China and ASEAN" }],
});
