/**
 * `<Month> and <Month>` with adjacent months → one two-month period ("January and February").
 *
 * Why: customs releases the first two months together (the Spring Festival moves between
 * them), and writes "in January and February" for the combined period. Two months that are not
 * adjacent, or are followed by "respectively", are a list, left to the list rule.
 */
import { lex, node, opt, patternRule, word } from "./pattern.js";
import { monthOf, period } from "./period-value.js";

export const periodMonthPair = patternRule({
  name: "period-month-pair",
  produces: "Period",
  specificity: 130,
  pattern: [opt(word("in", "for", "during")), node("Month"), lex("conj"), node("Month")],
  make(_s, [a, b]) {
    const m1 = monthOf(a);
    const m2 = monthOf(b);
    return m2 === m1 + 1 ? { kind: "Period", value: period(m1, m2) } : null;
  },
  examples: [
    {
      in: "In January and February, exports rose.",
      find: "In January and February",
      value: { startMonth: 1, endMonth: 2 },
    },
    {
      in: "in November and December",
      find: "in November and December",
      value: { startMonth: 11, endMonth: 12 },
    },
  ],
  counterExamples: [
    { in: "grew 5% and 6% in May and June respectively", not: "May and June" },
    { in: "in January and April, exports rose", not: "January and April" },
  ],
});
