/**
 * Date: a calendar day, "January 18, 2024", "Jan. 20", "18 January 2024".
 *
 * Why: a day dates a document or an event; it is not the period of a figure. Reading it as a
 * Date (a longer atom than its Month and Year) keeps the month and year out of period rules.
 */
import type { LexToken } from "../lexicon/attach.js";
import { senseAt } from "../lexicon/attach.js";
import { isYearDigits, makeAtom } from "./helpers.js";
import type { AtomReader } from "./types.js";

const DAY = /^\d{1,2}$/;

function dayAt(tokens: readonly LexToken[], i: number): number | null {
  const t = tokens[i];
  if (!t || !DAY.test(t.raw)) return null;
  const d = Number(t.raw);
  // "May 2.5 percent" is not a day: a decimal point follows
  if (
    tokens[i + 1]?.norm === "." &&
    tokens[i + 1].end === tokens[i + 2]?.start &&
    DAY.test(tokens[i + 2]?.raw ?? "x")
  )
    return null;
  return d >= 1 && d <= 31 ? d : null;
}

/** An optional ", 2024" / " 2024" after token i-1: [year, next token]. */
function yearAfter(tokens: readonly LexToken[], i: number): [number | null, number] {
  const j = tokens[i]?.norm === "," ? i + 1 : i;
  const t = tokens[j];
  return t && isYearDigits(t.raw) ? [Number(t.raw), j + 1] : [null, i];
}

export const dateReader: AtomReader = {
  name: "date",
  kind: "Date",
  specificity: 60,
  triggers: ["month"],
  read({ tokens, byClass }, out) {
    for (const i of byClass.get("month") ?? []) {
      const m = senseAt(tokens, i, "month");
      if (!m || tokens[i].raw.charCodeAt(0) >= 97) continue;
      const month = m.entry.value as number;
      const after = tokens[i].hit!.last;
      const day = dayAt(tokens, after);
      if (day !== null) {
        const [year, last] = yearAfter(tokens, after + 1);
        out.push(makeAtom("Date", "date", tokens, i, last, { year, month, day }));
        continue;
      }
      const dayBefore = dayAt(tokens, i - 1);
      const [year, last] = yearAfter(tokens, after);
      if (dayBefore !== null && year !== null)
        out.push(makeAtom("Date", "date", tokens, i - 1, last, { year, month, day: dayBefore }));
    }
  },
  examples: [
    {
      in: "It was signed on January 18, 2024.",
      find: "January 18, 2024",
      value: { year: 2024, month: 1, day: 18 },
    },
    {
      in: "HAIKOU, Jan. 20 (Xinhua) --",
      find: "Jan. 20",
      value: { year: null, month: 1, day: 20 },
    },
    {
      in: "on 18 January 2024 in Beijing",
      find: "18 January 2024",
      value: { year: 2024, day: 18 },
    },
  ],
  counterExamples: [
    { in: "Exports rose in May 2023.", not: "May 2023" },
    { in: "The 12 months to June rose.", not: "12 months to June" },
  ],
};
