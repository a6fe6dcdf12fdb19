/**
 * Month: "June", "Jan.", "Sept."; the forms that are also common words ("May", "March",
 * "Jan" without a dot) only capitalised and in a calendar context.
 *
 * Why: "exports may rise" must not become a period of May; a month name beside a preposition
 * of time, a year, a range dash or "alone" is a month.
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import { isYearDigits, lexiconAtoms } from "./helpers.js";
import type { AtomReader } from "./types.js";

/** words that put a guarded month form in a calendar context (grammar of this reader only) */
const BEFORE = new Set([
  "in",
  "of",
  "since",
  "from",
  "between",
  "to",
  "through",
  "until",
  "till",
  "and",
  "-",
  "by",
  "during",
  "for",
  "early",
  "late",
  "mid",
  "end",
  "last",
  "this",
]);
const AFTER = new Set(["-", "and", "to", "through", "alone", "this", "last", "of", ",", "'"]);

function inCalendarContext(tokens: readonly LexToken[], first: number, last: number): boolean {
  const prev = tokens[first - 1]?.norm;
  const next = tokens[last]?.norm;
  if (prev !== undefined && BEFORE.has(prev)) return true;
  if (next !== undefined && AFTER.has(next)) return true;
  // "China's March exports": a capitalised month before a flow noun dates it
  if (prev === "s" && senseAt(tokens, last, "flow")) return true;
  return next !== undefined && isYearDigits(next);
}

export const monthReader: AtomReader = {
  name: "month",
  kind: "Month",
  specificity: 40,
  triggers: ["month"],
  read: (ctx, out) =>
    lexiconAtoms(ctx, out, "month", "Month", "month", (sense, tokens, i) => {
      if (sense.guarded) {
        const capital = tokens[i].raw.charCodeAt(0) < 97;
        if (!capital || !inCalendarContext(tokens, i, tokens[i].hit!.last)) return null;
      }
      return { month: sense.entry.value as number };
    }),
  examples: [
    { in: "Exports rose in June.", find: "June", value: { month: 6 } },
    { in: "In May alone, imports fell.", find: "May", value: { month: 5 } },
    { in: "from Jan. to Sept. this year", find: "Sept.", value: { month: 9 } },
    { in: "between March and May", find: "March", value: { month: 3 } },
    { in: "Jan-Feb exports", find: "Jan", value: { month: 1 } },
    { in: "May's exports rose", find: "May", value: { month: 5 } },
    { in: "China's March exports fell 2%.", find: "March", value: { month: 3 } },
  ],
  counterExamples: [
    { in: "Exports may rise next year.", not: "may" },
    { in: "May we ask a question?", not: "May" },
    { in: "Troops march on.", not: "march" },
    { in: "Will exports rise? May exports rise again, he asked.", not: "May" },
    { in: "The decision was signed on January 18, 2024.", not: "January" },
  ],
};
