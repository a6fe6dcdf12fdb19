/**
 * The registered checks, and the one function that applies them: each fact starts with
 * confidence 1, every doubt multiplies it by its weight or clears the one figure it found wrong,
 * and a fact below the threshold, or left with no figure, is not emitted (precision first: a
 * missing fact is better than a wrong one in the graph).
 */
import type { TradeFact } from "../../core/contract.js";
import { changeOfFact, hasFigure } from "../frames/merge.js";
import { stableId } from "../slug.js";
import { fallAboveWhole } from "./fall-above-whole.js";
import { figureInQuote } from "./figure-in-quote.js";
import { flowsAddUp } from "./flows-add-up.js";
import { oneChangePerKey } from "./one-change-per-key.js";
import { periodNotAfterDocument } from "./period-not-after-document.js";
import { quantityHasGoods } from "./quantity-has-goods.js";
import { shareWithinWhole } from "./share-within-whole.js";
import type { CheckContext, Doubt, FactCheck, FigureSlot, SetCheck } from "./types.js";
import { valueHasScale } from "./value-has-scale.js";
import { yuanSeriesWins } from "./yuan-series-wins.js";

export type { CheckContext, Doubt } from "./types.js";

/** Checks of one fact, applied in this order (slot clearing first, so later checks see it). */
export const FACT_CHECKS: readonly FactCheck[] = [
  valueHasScale,
  shareWithinWhole,
  fallAboveWhole,
  periodNotAfterDocument,
  quantityHasGoods,
  figureInQuote,
];

export const SET_CHECKS: readonly SetCheck[] = [flowsAddUp, yuanSeriesWins, oneChangePerKey];

/** Facts at or above this confidence are emitted. */
export const EMIT_THRESHOLD = 0.5;

export interface CheckedFact {
  fact: TradeFact;
  confidence: number;
  doubts: Doubt[];
}

/** Every fact (its wrong figures cleared) with its confidence and the doubts behind it. */
export function checkFacts(facts: readonly TradeFact[], ctx: CheckContext): CheckedFact[] {
  const checked = facts.map((f) => checkOne(f, ctx));
  // facts already ruled out must not cast doubt on the others
  const alive = checked.flatMap((c, k) => (c.confidence > 0 ? [k] : []));
  const aliveFacts = alive.map((k) => checked[k].fact);
  for (const c of SET_CHECKS)
    for (const [j, d] of c.check(aliveFacts, ctx)) {
      const target = checked[alive[j]];
      target.doubts.push(d);
      target.confidence *= d.weight;
    }
  // each checked fact is this call's own object: rounded in place
  for (const c of checked) c.confidence = Math.round(c.confidence * 100) / 100;
  return checked;
}

/** The facts worth emitting, each carrying its confidence. */
export function emittedFacts(facts: readonly TradeFact[], ctx: CheckContext): TradeFact[] {
  const out: TradeFact[] = [];
  for (const c of checkFacts(facts, ctx))
    if (c.confidence >= EMIT_THRESHOLD && hasFigure(c.fact))
      out.push({ ...c.fact, confidence: c.confidence });
  return out;
}

function checkOne(original: TradeFact, ctx: CheckContext): CheckedFact {
  let fact = original;
  let confidence = 1;
  const doubts: Doubt[] = [];
  for (const c of FACT_CHECKS) {
    const d = c.check(fact, ctx);
    if (!d) continue;
    doubts.push(d);
    confidence *= d.weight;
    if (d.clears) fact = cleared(fact, d.clears);
  }
  return { fact, confidence, doubts };
}

/** The fact without one figure, under the id of what it now states. */
function cleared(fact: TradeFact, slot: FigureSlot): TradeFact {
  const rest =
    slot === "changePct" ? { ...fact, changePct: null, baseline: null } : { ...fact, [slot]: null };
  const { id: _, evidence, confidence: __, moreEvidence, changeOf: ___, ...fields } = rest;
  const changeOf = changeOfFact(rest);
  return {
    id: stableId("tf:", fields),
    ...fields,
    evidence,
    ...(moreEvidence ? { moreEvidence } : {}),
    ...(changeOf ? { changeOf } : {}),
  };
}
