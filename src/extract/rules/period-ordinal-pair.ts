/**
 * `<Ordinal> and|or <Period>` → a list of two periods of the same unit and year: "the first and
 * second quarter of 2020" is Q1 2020 and Q2 2020; "the first and second half" H1 and H2.
 *
 * Why: the shared unit and year are written once, on the second; read alone, "first" is a
 * stray number and the clause would have one period for two figures.
 */
import { lex, node, opt, patternRule, word } from "./pattern.js";
import type { Node, Produced } from "./types.js";

/** months per unit, by the span of the written period */
const UNITS = new Set([3, 6]);

function pairOf(ordinal: Node, second: Node): Omit<Produced, "first" | "last" | "children"> | null {
  if (ordinal.kind !== "NumberWord" || !ordinal.value.ordinal || second.kind !== "Period")
    return null;
  const p = second.value;
  const span = p.endMonth - p.startMonth + 1;
  const n = ordinal.value.value;
  if (!UNITS.has(span) || p.startYearDelta !== 0 || n * span > 12 || n * span >= p.endMonth)
    return null;
  const earlier = { ...p, startMonth: (n - 1) * span + 1, endMonth: n * span };
  const items = [
    { ...ordinal, kind: "Period" as const, value: earlier, source: "period-ordinal-pair" },
    second,
  ] as Node[];
  return { kind: "List", value: { itemKind: "Period", items, respectively: false } };
}

export const periodOrdinalPair = patternRule({
  name: "period-ordinal-pair",
  produces: "List",
  specificity: 115,
  pattern: [opt(word("the")), node("NumberWord"), lex("conj"), node("Period")],
  make: (_s, [ordinal, second]) => pairOf(ordinal, second),
  examples: [
    {
      in: "in the first and second quarter of 2020",
      find: "the first and second quarter of 2020",
      value: { itemKind: "Period" },
    },
    {
      in: "in the first and second half",
      find: "the first and second half",
      value: { itemKind: "Period" },
    },
  ],
  counterExamples: [
    { in: "the third and second quarter", not: "the third and second quarter" },
    { in: "first and the first four months", not: "first and the first four months" },
  ],
});
