/**
 * `[from] <Month> -|–|/|to|through <Month>` → the inclusive range ("January-April",
 * "Jan-Feb", "from March to June").
 *
 * Why: tables and headlines write ranges with a dash; prose with "to".
 */
import { node, opt, patternRule, word } from "./pattern.js";
import { monthOf, period } from "./period-value.js";

export const periodMonthRange = patternRule({
  name: "period-month-range",
  produces: "Period",
  specificity: 120,
  pattern: [
    opt(word("from")),
    node("Month"),
    word("-", "/", "to", "through", "till", "until"),
    node("Month"),
  ],
  make: (_s, [a, b]) => ({ kind: "Period", value: period(monthOf(a), monthOf(b)) }),
  examples: [
    { in: "January-April exports", find: "January-April", value: { startMonth: 1, endMonth: 4 } },
    { in: "Jan-Feb imports fell", find: "Jan-Feb", value: { startMonth: 1, endMonth: 2 } },
    {
      in: "from March to June 2023",
      find: "from March to June 2023",
      value: { startMonth: 3, endMonth: 6, year: { kind: "explicit", year: 2023 } },
    },
  ],
  counterExamples: [{ in: "exports may-june rise", not: "may-june" }],
});
