/**
 * Year: a four-digit number from 1900 to 2099 written without a comma or a unit.
 *
 * Why: "in 2023" is a period and "2,023 firms" a count; the Year reader only claims the plain
 * four-digit form, and the overlap pass lets longer readings (money, quantity) win.
 */
import { isYearDigits, makeAtom } from "./helpers.js";
import type { AtomReader } from "./types.js";

export const yearReader: AtomReader = {
  name: "year",
  kind: "Year",
  specificity: 40,
  triggers: ["number"],
  read({ tokens, numbers }, out) {
    for (const lit of numbers) {
      if (lit.grouped || lit.suffixScale !== null || !isYearDigits(lit.digits)) continue;
      out.push(makeAtom("Year", "year", tokens, lit.first, lit.last, { year: Number(lit.digits) }));
    }
  },
  examples: [
    { in: "Trade grew in 2023.", find: "2023", value: { year: 2023 } },
    { in: "from 2013 to 2023", find: "2013", value: { year: 2013 } },
  ],
  counterExamples: [
    { in: "some 2,023 firms", not: "2,023" },
    { in: "worth 2023 billion yuan", not: "2023" },
    { in: "a 1850 law", not: "1850" },
  ],
};
