/**
 * `[in|for|during] <Year>` → that calendar year; `<RelYear>` ("last year", "this year") → the
 * year relative to the document's.
 *
 * Why: whole-year figures; "last year" in a 2024 article is 2023-01..2023-12.
 */
import { node, opt, patternRule, word } from "./pattern.js";
import { period, yearRefOf } from "./period-value.js";

export const periodInYear = patternRule({
  name: "period-in-year",
  produces: "Period",
  specificity: 100,
  pattern: [opt(word("in", "for", "during")), node("Year")],
  make: (_s, [y]) => ({ kind: "Period", value: period(1, 12, { year: yearRefOf(y)! }) }),
  examples: [
    {
      in: "Trade grew 5% in 2023.",
      find: "in 2023",
      value: { startMonth: 1, endMonth: 12, year: { kind: "explicit", year: 2023 } },
    },
  ],
  counterExamples: [
    { in: "some 2,023 firms", not: "2,023" },
    { in: "signed on January 18, 2024", not: "2024" },
  ],
});

export const periodRelativeYear = patternRule({
  name: "period-relative-year",
  produces: "Period",
  specificity: 100,
  pattern: [opt(word("in", "for", "during", "over")), node("RelYear")],
  make: (_s, [y]) => ({ kind: "Period", value: period(1, 12, { year: yearRefOf(y)! }) }),
  examples: [
    {
      in: "Exports fell last year.",
      find: "last year",
      value: { startMonth: 1, endMonth: 12, year: { kind: "relative", offset: -1 } },
    },
    {
      in: "Imports rose this year.",
      find: "this year",
      value: { year: { kind: "relative", offset: 0 } },
    },
  ],
  counterExamples: [{ in: "a year-on-year rise", not: "year" }],
});
