/**
 * `[in|for|during] <Month> [alone]` → that single month ("in June", "in May alone").
 *
 * Why: a month figure, often stated after a cumulative one; "alone" marks the month as part of
 * the longer period around it.
 */
import { node, opt, patternRule, word } from "./pattern.js";
import { monthOf, period } from "./period-value.js";

export const periodMonth = patternRule({
  name: "period-month",
  produces: "Period",
  specificity: 100,
  pattern: [opt(word("in", "for", "during")), node("Month"), opt(word("alone"))],
  make(slots, [m]) {
    const month = monthOf(m);
    return { kind: "Period", value: period(month, month, { alone: slots[2] === true }) };
  },
  examples: [
    {
      in: "Exports rose 5% in June.",
      find: "in June",
      value: { startMonth: 6, endMonth: 6, alone: false },
    },
    {
      in: "In May alone, imports fell.",
      find: "In May alone",
      value: { startMonth: 5, alone: true },
    },
    {
      in: "in October 2023",
      find: "in October 2023",
      value: { endMonth: 10, year: { kind: "explicit", year: 2023 } },
    },
  ],
  counterExamples: [
    { in: "Exports may rise.", not: "may" },
    { in: "signed on January 18, 2024", not: "January 18, 2024" },
  ],
});
