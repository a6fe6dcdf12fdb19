/**
 * The shared shape of Quarter and Half: "Q1"/"H1" written as one token, or an ordinal and the
 * singular period word ("the first quarter", "second-half", "the latter half").
 *
 * Why: both readers differ only in their word; the codes are lexicon entries (class
 * periodCode), so no reader spells them.
 */
import { senseAt } from "../lexicon/attach.js";
import type { AtomContext } from "./types.js";

/** [ordinal, first token, last token] for every "<ordinal> [-] <unit>" or code ("Q1", "H2"). */
export function ordinalPeriods(
  ctx: AtomContext,
  unit: "quarter" | "half",
): Array<[number, number, number]> {
  const { tokens } = ctx;
  const out: Array<[number, number, number]> = [];
  for (const i of ctx.byClass.get("periodCode") ?? []) {
    const code = senseAt(tokens, i, "periodCode")!.entry.value as string;
    const [u, n] = code.split(":");
    if (u === unit) out.push([Number(n), i, tokens[i].hit!.last]);
  }
  for (const i of ctx.byClass.get("ordinal") ?? []) {
    const ord = senseAt(tokens, i, "ordinal")!;
    const at = tokens[i + 1]?.norm === "-" ? i + 2 : i + 1;
    const word = senseAt(tokens, at, "periodWord");
    if (word?.entry.value === unit && word.form !== "plural")
      out.push([ord.entry.value as number, i, tokens[at].hit!.last]);
  }
  return out;
}
