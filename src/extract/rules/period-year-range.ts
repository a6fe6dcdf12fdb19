/**
 * `from <Year> to|through <Year>`, `between <Year> and <Year>`, `<Year>-<Year>` → the
 * inclusive span of years ("from 2013 to 2023" is 2013-01..2023-12).
 *
 * Why: cumulative figures over several years.
 */
import { lex, node, patternRule, word } from "./pattern.js";
import { period } from "./period-value.js";
import type { Node } from "./types.js";

function span(a: Node, b: Node) {
  if (a.kind !== "Year" || b.kind !== "Year" || b.value.year <= a.value.year) return null;
  const value = period(1, 12, {
    year: { kind: "explicit", year: b.value.year },
    startYearDelta: a.value.year - b.value.year,
  });
  return { kind: "Period" as const, value };
}

export const periodYearRange = patternRule({
  name: "period-year-range",
  produces: "Period",
  specificity: 120,
  pattern: [word("from"), node("Year"), word("to", "through", "till", "until"), node("Year")],
  make: (_s, [a, b]) => span(a, b),
  examples: [
    {
      in: "from 2013 to 2023, trade doubled",
      find: "from 2013 to 2023",
      value: { startYearDelta: -10, year: { kind: "explicit", year: 2023 } },
    },
  ],
  counterExamples: [{ in: "from 2023 to 2013", not: "from 2023 to 2013" }],
});

export const periodYearBetween = patternRule({
  name: "period-year-between",
  produces: "Period",
  specificity: 120,
  pattern: [word("between"), node("Year"), lex("conj"), node("Year")],
  make: (_s, [a, b]) => span(a, b),
  examples: [
    { in: "between 2019 and 2022", find: "between 2019 and 2022", value: { startYearDelta: -3 } },
  ],
  counterExamples: [{ in: "in 2019 and 2022", not: "2019 and 2022" }],
});

export const periodYearDash = patternRule({
  name: "period-year-dash",
  produces: "Period",
  specificity: 120,
  pattern: [node("Year"), word("-"), node("Year")],
  make: (_s, [a, b]) => span(a, b),
  examples: [{ in: "over 2021-2023", find: "2021-2023", value: { startYearDelta: -2 } }],
  counterExamples: [],
});
