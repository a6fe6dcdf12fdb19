/**
 * `[the] first <N> months` → months 1..N; `[the] first <N> quarters` → months 1..3N.
 *
 * Why: the cumulative year-to-date periods of customs releases ("the first 11 months", "the
 * first three quarters"); the year comes from a following "of 2023" / "this year" (the
 * period-of-year rule) or, when unstated, from the document date.
 */
import { node, opt, patternRule, word } from "./pattern.js";
import { cardinalOf, isCardinal, isFirst, isMonths, isQuarters, period } from "./period-value.js";

/** `[the] first <N>`: the count of months or quarters from the start of the year */
const THE_FIRST_N = [
  opt(word("the")),
  node("NumberWord", isFirst),
  node(["NumberWord", "Count"], isCardinal),
];

export const periodFirstMonths = patternRule({
  name: "period-first-months",
  produces: "Period",
  specificity: 120,
  pattern: [...THE_FIRST_N, node("PeriodWord", isMonths)],
  make(_s, nodes) {
    const n = cardinalOf(nodes[1]);
    return n !== null && n >= 1 && n <= 12 ? { kind: "Period", value: period(1, n) } : null;
  },
  examples: [
    {
      in: "in the first four months of this year",
      find: "the first four months of this year",
      value: { startMonth: 1, endMonth: 4, year: { kind: "relative", offset: 0 } },
    },
    {
      in: "during the first 11 months",
      find: "the first 11 months",
      value: { startMonth: 1, endMonth: 11, year: { kind: "unknown" } },
    },
    {
      in: "the first two months of 2024",
      find: "the first two months of 2024",
      value: { endMonth: 2, year: { kind: "explicit", year: 2024 } },
    },
    {
      in: "in the first five months of last year",
      find: "the first five months of last year",
      value: { endMonth: 5, year: { kind: "relative", offset: -1 } },
    },
  ],
  counterExamples: [{ in: "the first 13 months", not: "first 13 months" }],
});

export const periodFirstQuarters = patternRule({
  name: "period-first-quarters",
  produces: "Period",
  specificity: 120,
  pattern: [...THE_FIRST_N, node("PeriodWord", isQuarters)],
  make(_s, nodes) {
    const n = cardinalOf(nodes[1]);
    return n !== null && n >= 1 && n <= 4 ? { kind: "Period", value: period(1, 3 * n) } : null;
  },
  examples: [
    {
      in: "in the first three quarters",
      find: "the first three quarters",
      value: { startMonth: 1, endMonth: 9 },
    },
  ],
  counterExamples: [{ in: "the first five quarters", not: "first five quarters" }],
});
