/**
 * `[the] <Quarter>` → its three months; `[the] <Half>` → its six months ("Q1" 01..03, "the
 * first half" 01..06).
 *
 * Why: quarters and halves are atoms; as periods they are month ranges like every other.
 */
import { node, opt, patternRule, word } from "./pattern.js";
import { period } from "./period-value.js";

export const periodQuarter = patternRule({
  name: "period-quarter",
  produces: "Period",
  specificity: 110,
  pattern: [opt(word("the")), node("Quarter")],
  make(_s, [q]) {
    if (q.kind !== "Quarter") return null;
    const end = q.value.quarter * 3;
    return { kind: "Period", value: period(end - 2, end) };
  },
  examples: [
    { in: "Exports rose in Q1.", find: "Q1", value: { startMonth: 1, endMonth: 3 } },
    {
      in: "in the third quarter of 2023",
      find: "the third quarter of 2023",
      value: { startMonth: 7, endMonth: 9, year: { kind: "explicit", year: 2023 } },
    },
  ],
  counterExamples: [{ in: "a quarter of the total", not: "quarter" }],
});

export const periodHalf = patternRule({
  name: "period-half",
  produces: "Period",
  specificity: 110,
  pattern: [opt(word("the")), node("Half")],
  make(_s, [h]) {
    if (h.kind !== "Half") return null;
    return { kind: "Period", value: h.value.half === 1 ? period(1, 6) : period(7, 12) };
  },
  examples: [
    {
      in: "in the first half of this year",
      find: "the first half of this year",
      value: { startMonth: 1, endMonth: 6, year: { kind: "relative", offset: 0 } },
    },
    { in: "H2 2022 exports", find: "H2 2022", value: { startMonth: 7, endMonth: 12 } },
  ],
  counterExamples: [{ in: "nearly half of the total", not: "half" }],
});
