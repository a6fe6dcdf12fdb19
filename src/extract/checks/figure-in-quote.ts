/**
 * Every number of a fact must be readable in its quote: the quote is what an analyst is shown
 * as the proof of the figure. A fact whose figure sits in another sentence is less certain (its
 * slots were carried across sentences), so it is doubted, not dropped.
 */
import type { Evidence, TradeFact } from "../../core/contract.js";
import type { Atom } from "../atoms/types.js";
import { readAtoms } from "../rules/index.js";
import type { CheckContext, FactCheck } from "./types.js";

const CARRIED_FIGURE_WEIGHT = 0.6;

export const figureInQuote: FactCheck = {
  name: "figure-in-quote",
  check: (fact, ctx) => {
    const read = readingsOf(fact.evidence, ctx);
    let missing: number[] | null = null;
    for (const x of figuresOf(fact)) {
      if (readIn(read, x)) continue;
      missing ??= [];
      missing.push(x);
    }
    return missing
      ? {
          weight: CARRIED_FIGURE_WEIGHT,
          reason: `figure ${missing.join(", ")} is not in the quote`,
        }
      : null;
  },
};

/** The absolute numbers a fact states (a fall of 3% is written "3%", a deficit as its size). */
function figuresOf(fact: TradeFact): number[] {
  const out: number[] = [];
  for (const x of [
    fact.value?.amount,
    fact.quantity?.amount,
    fact.price?.amount,
    fact.changePct,
    fact.sharePct,
  ])
    if (x !== null && x !== undefined) out.push(Math.abs(x));
  return out;
}

/**
 * Every value a figure in the quote can stand for: "1.2 times" is a 120% or a 20% rise. The
 * facts of one sentence share its quote, and merged facts do not come in sentence order: each
 * sentence's readings are kept for the document's checks (by the context they run with).
 */
function readingsOf(evidence: Evidence, ctx: CheckContext): number[] {
  let bySentence = readingsByContext.get(ctx);
  if (!bySentence) {
    bySentence = new Map();
    readingsByContext.set(ctx, bySentence);
  }
  const { quote } = evidence;
  const kept = bySentence.get(evidence.start);
  if (kept?.quote === quote && kept.end === evidence.end) return kept.readings;
  // the sentence's atoms as the trade layer read them, else the quote read anew (the same
  // atoms: readers other than the entity reader read tokens only)
  const atoms = ctx.sentenceAtoms?.(evidence.start, evidence.end) ?? readAtoms(quote).atoms;
  const readings: number[] = [];
  for (const a of atoms) pushReadings(a, readings);
  bySentence.set(evidence.start, { quote, end: evidence.end, readings });
  return readings;
}

const readingsByContext = new WeakMap<
  CheckContext,
  Map<number, { quote: string; end: number; readings: number[] }>
>();

function pushReadings(a: Atom, out: number[]): void {
  switch (a.kind) {
    case "Money":
    case "Quantity":
    case "Price":
    case "Count":
      out.push(a.value.amount);
      break;
    case "Percent":
      out.push(a.value.pct);
      break;
    case "Multiple":
      out.push(a.value.changePct, a.value.factor * 100, (a.value.factor - 1) * 100);
      break;
  }
}

function readIn(read: readonly number[], x: number): boolean {
  for (const r of read) if (sameFigure(r, x)) return true;
  return false;
}

function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}
