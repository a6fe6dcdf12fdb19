/**
 * `[compared with|from|over|than] the same period|months|quarter of|in <Year>|<RelYear>` →
 * a baseline: the months of the period compared, in that year ("up 41.9% from the same period
 * of 2019").
 *
 * Why: a change against the same period of a named year is a second fact with its own
 * baseline; the months are only known from the period it is compared with, so they are left
 * to `resolvePeriod`.
 */
import { node, opt, patternRule, word } from "./pattern.js";
import { period, yearRefOf } from "./period-value.js";

export const periodSame = patternRule({
  name: "period-same",
  produces: "Period",
  specificity: 130,
  pattern: [
    opt(word("the", "that")),
    word("same"),
    word("period", "months", "month", "quarter", "time"),
    opt(word("of", "in")),
    node(["Year", "RelYear"]),
  ],
  make: (_s, [y]) => ({
    kind: "Period",
    value: period(1, 12, { year: yearRefOf(y)!, baseline: true, sameMonths: true }),
  }),
  examples: [
    {
      in: "up 41.9% from the same period of 2019",
      find: "the same period of 2019",
      value: { baseline: true, sameMonths: true, year: { kind: "explicit", year: 2019 } },
    },
    {
      in: "compared with the same period last year",
      find: "the same period last year",
      value: { baseline: true, year: { kind: "relative", offset: -1 } },
    },
  ],
  counterExamples: [{ in: "in the same way as 2019", not: "same way as 2019" }],
});
