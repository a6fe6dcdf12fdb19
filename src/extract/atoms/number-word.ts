/**
 * NumberWord: cardinals and ordinals written as words ("four", "first", "eleventh") or as
 * ordinal digits ("3rd", "11th").
 *
 * Why: periods are counted in words ("the first four months"); a rule takes a NumberWord or a
 * small Count alike for its N.
 */
import type { LexToken } from "../lexicon/attach.js";
import type { LexSense } from "../lexicon/lexicon.js";
import { makeAtom } from "./helpers.js";
import type { Atom, AtomReader } from "./types.js";

const ORDINAL_DIGITS = /^(\d{1,2})(st|nd|rd|th)$/;

export const numberWordReader: AtomReader = {
  name: "numberWord",
  kind: "NumberWord",
  specificity: 30,
  // "13th" is a digit token no number literal holds
  triggers: ["digit", "cardinal", "ordinal"],
  read({ tokens, digits, byClass }, out) {
    // the digit tokens and the number words' hits, merged in text order
    const cardinal = byClass.get("cardinal") ?? NONE;
    const ordinal = byClass.get("ordinal") ?? NONE;
    let a = 0;
    let b = 0;
    let c = 0;
    while (a < digits.length || b < cardinal.length || c < ordinal.length) {
      const i = Math.min(
        a < digits.length ? digits[a] : END,
        b < cardinal.length ? cardinal[b] : END,
        c < ordinal.length ? ordinal[c] : END,
      );
      if (digits[a] === i) a++;
      if (cardinal[b] === i) b++;
      if (ordinal[c] === i) c++;
      readAt(tokens, i, out);
    }
  },
  examples: [
    { in: "the first four months", find: "four", value: { value: 4, ordinal: false } },
    { in: "the first four months", find: "first", value: { value: 1, ordinal: true } },
    { in: "the 11th month", find: "11th", value: { value: 11, ordinal: true } },
  ],
  counterExamples: [{ in: "5G networks", not: "5G" }],
};

const NONE: readonly number[] = [];
const END = Number.MAX_SAFE_INTEGER;

/** The number word at token i, if any: ordinal digits ("11th") or a cardinal or ordinal hit. */
function readAt(tokens: readonly LexToken[], i: number, out: Atom[]): void {
  const t = tokens[i];
  const c = t.norm.charCodeAt(0);
  const m = c >= 48 && c <= 57 && t.norm.length <= 4 ? ORDINAL_DIGITS.exec(t.norm) : null;
  if (m) {
    const value = { value: Number(m[1]), ordinal: true };
    out.push(makeAtom("NumberWord", "numberWord", tokens, i, i + 1, value));
    return;
  }
  const s = t.hit ? numberSense(t.hit.senses) : null;
  if (!s) return;
  const value = { value: s.entry.value as number, ordinal: s.entry.cls === "ordinal" };
  out.push(makeAtom("NumberWord", "numberWord", tokens, i, t.hit!.last, value));
}

/** The first cardinal or ordinal sense. */
function numberSense(senses: readonly LexSense[]): LexSense | null {
  for (const x of senses) if (x.entry.cls === "cardinal" || x.entry.cls === "ordinal") return x;
  return null;
}
