/**
 * `[the] <N> months to|through|ending <Month>` → the N months ending with that month
 * ("the four months to April" is January to April).
 *
 * Why: the phrasing of many wire reports; N and the end month give the range.
 */
import { node, opt, patternRule, word } from "./pattern.js";
import { cardinalOf, isCardinal, isMonths, monthOf, period } from "./period-value.js";

export const periodMonthsTo = patternRule({
  name: "period-months-to",
  produces: "Period",
  specificity: 120,
  pattern: [
    opt(word("the")),
    node(["NumberWord", "Count"], isCardinal),
    node("PeriodWord", isMonths),
    word("to", "through", "ending", "ended"),
    node("Month"),
  ],
  make(_s, nodes) {
    const n = cardinalOf(nodes[0]);
    const end = monthOf(nodes[2]);
    if (n === null || n < 1 || n > 12) return null;
    const start = ((end - n + 12) % 12) + 1;
    return { kind: "Period", value: period(start, end) };
  },
  examples: [
    {
      in: "in the four months to April, exports rose",
      find: "the four months to April",
      value: { startMonth: 1, endMonth: 4 },
    },
    {
      in: "the 12 months through March",
      find: "the 12 months through March",
      value: { startMonth: 4, endMonth: 3, startYearDelta: -1 },
    },
  ],
  counterExamples: [{ in: "the four weeks to April", not: "four weeks to April" }],
});
