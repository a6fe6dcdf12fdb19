/**
 * NumberWord: cardinals and ordinals written as words ("four", "first", "eleventh") or as
 * ordinal digits ("3rd", "11th").
 *
 * Why: periods are counted in words ("the first four months"); a rule takes a NumberWord or a
 * small Count alike for its N.
 */
import type { LexSense } from "../lexicon/lexicon.js";
import { makeAtom } from "./helpers.js";
import type { AtomReader } from "./types.js";

const ORDINAL_DIGITS = /^(\d{1,2})(st|nd|rd|th)$/;

export const numberWordReader: AtomReader = {
  name: "numberWord",
  kind: "NumberWord",
  specificity: 30,
  // "13th" is a digit token no number literal holds
  triggers: ["digit", "cardinal", "ordinal"],
  read({ tokens }, out) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const c = t.norm.charCodeAt(0);
      const m = c >= 48 && c <= 57 && t.norm.length <= 4 ? ORDINAL_DIGITS.exec(t.norm) : null;
      if (m) {
        out.push(
          makeAtom("NumberWord", "numberWord", tokens, i, i + 1, {
            value: Number(m[1]),
            ordinal: true,
          }),
        );
        continue;
      }
      const s = t.hit ? numberSense(t.hit.senses) : null;
      if (!s) continue;
      const value = { value: s.entry.value as number, ordinal: s.entry.cls === "ordinal" };
      out.push(makeAtom("NumberWord", "numberWord", tokens, i, t.hit!.last, value));
    }
  },
  examples: [
    { in: "the first four months", find: "four", value: { value: 4, ordinal: false } },
    { in: "the first four months", find: "first", value: { value: 1, ordinal: true } },
    { in: "the 11th month", find: "11th", value: { value: 11, ordinal: true } },
  ],
  counterExamples: [{ in: "5G networks", not: "5G" }],
};

/** The first cardinal or ordinal sense (a loop: this runs at every token of every sentence). */
function numberSense(senses: readonly LexSense[]): LexSense | null {
  for (const x of senses) if (x.entry.cls === "cardinal" || x.entry.cls === "ordinal") return x;
  return null;
}
