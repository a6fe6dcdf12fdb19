/**
 * The shared shape of Quarter and Half: "Q1"/"H1" written as one token, or an ordinal and the
 * singular period word ("the first quarter", "second-half", "the latter half").
 *
 * Why: both readers differ only in their word and their range of ordinals.
 */
import type { LexToken } from "../lexicon/attach.js";
import { senseAt } from "../lexicon/attach.js";

/** [ordinal, first token, last token] for every "<ordinal> [-] <unit>" or "<letter><n>" token. */
export function ordinalPeriods(
  tokens: readonly LexToken[],
  unit: "quarter" | "half",
  letter: string,
  max: number,
): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i].norm;
    if (norm.length === 2 && norm[0] === letter) {
      const n = norm.charCodeAt(1) - 48;
      if (n >= 1 && n <= max) out.push([n, i, i + 1]);
      continue;
    }
    const ord = senseAt(tokens, i, "ordinal");
    if (!ord || (ord.entry.value as number) > max) continue;
    const at = tokens[i + 1]?.norm === "-" ? i + 2 : i + 1;
    const word = senseAt(tokens, at, "periodWord");
    if (word?.entry.value === unit && word.form !== "plural")
      out.push([ord.entry.value as number, i, tokens[at].hit!.last]);
  }
  return out;
}
