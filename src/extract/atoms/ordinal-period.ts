/**
 * The shared shape of Quarter and Half: "Q1"/"H1" written as one token, or an ordinal and the
 * singular period word ("the first quarter", "second-half", "the latter half").
 *
 * Why: both readers differ only in their word; the codes are lexicon entries (class
 * periodCode), so no reader spells them. Both units are read in one pass over the sentence's
 * codes and ordinals, kept for the second reader that asks.
 */
import { senseAt } from "../lexicon/attach.js";
import type { AtomContext } from "./types.js";

/** [ordinal, first token, last token] of one unit's periods, in the order they are read. */
type Periods = Array<[number, number, number]>;

/** the tokens whose periods were read last, and those periods by unit (`ordinalPeriods`) */
let readFor: AtomContext["tokens"] | null = null;
let read: Record<"quarter" | "half", Periods> = { quarter: [], half: [] };

/** [ordinal, first token, last token] for every "<ordinal> [-] <unit>" or code ("Q1", "H2"). */
export function ordinalPeriods(ctx: AtomContext, unit: "quarter" | "half"): Periods {
  if (readFor !== ctx.tokens) {
    read = readPeriods(ctx);
    readFor = ctx.tokens;
  }
  return read[unit];
}

/** The codes first, then the ordinals before a period word, each put under its unit. */
function readPeriods(ctx: AtomContext): Record<"quarter" | "half", Periods> {
  const { tokens } = ctx;
  const out: Record<"quarter" | "half", Periods> = { quarter: [], half: [] };
  for (const i of ctx.byClass.get("periodCode") ?? []) {
    const code = senseAt(tokens, i, "periodCode")!.entry.value as string;
    const colon = code.indexOf(":");
    const u = code.slice(0, colon);
    if (u === "quarter" || u === "half")
      out[u].push([Number(code.slice(colon + 1)), i, tokens[i].hit!.last]);
  }
  for (const i of ctx.byClass.get("ordinal") ?? []) {
    const ord = senseAt(tokens, i, "ordinal")!;
    const at = tokens[i + 1]?.norm === "-" ? i + 2 : i + 1;
    const word = senseAt(tokens, at, "periodWord");
    const u = word?.entry.value;
    if ((u === "quarter" || u === "half") && word!.form !== "plural")
      out[u].push([ord.entry.value as number, i, tokens[at].hit!.last]);
  }
  return out;
}
