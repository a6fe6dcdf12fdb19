/**
 * `<Period without a year> [of|in|,] <Year|RelYear>` → the same months in that year
 * ("the first half of 2023", "January-April 2024", "the first four months of this year").
 *
 * Why: every month-range phrasing takes its year the same way; stating that once (Duckling's
 * "intersect") keeps the other period rules free of optional year tails.
 */
import { node, opt, patternRule, word } from "./pattern.js";
import { yearRefOf } from "./period-value.js";
import type { Node } from "./types.js";

const yearless = (n: Node) =>
  n.kind === "Period" && n.value.year.kind === "unknown" && !n.value.sameMonths;

export const periodOfYear = patternRule({
  name: "period-of-year",
  produces: "Period",
  specificity: 140,
  pattern: [node("Period", yearless), opt(word("of", "in")), node(["Year", "RelYear"])],
  make(_s, [p, y]) {
    if (p.kind !== "Period") return null;
    return { kind: "Period", value: { ...p.value, year: yearRefOf(y)! } };
  },
  examples: [
    {
      in: "in the first half of 2023",
      find: "the first half of 2023",
      value: { startMonth: 1, endMonth: 6, year: { kind: "explicit", year: 2023 } },
    },
    {
      in: "January-April 2024 exports",
      find: "January-April 2024",
      value: { endMonth: 4, year: { kind: "explicit", year: 2024 } },
    },
    {
      in: "in Q1 this year",
      find: "Q1 this year",
      value: { year: { kind: "relative", offset: 0 } },
    },
  ],
  counterExamples: [{ in: "in June, 2023 firms exported", not: "June, 2023" }],
});
