/**
 * One fact per key: a figure stated twice (headline and body, question and answer) is one
 * fact, and the sentences that add to it are kept as its further evidence.
 *
 * Why keys and not sentences: the contract's fact is one (reporter, partner, commodity, flow,
 * segment, period, baseline); its value may be stated in one sentence and its change in the
 * next. Two statements that disagree on a figure stay two facts: the checks decide.
 */
import type { Evidence, TradeFact } from "../../core/contract.js";
import { stableId } from "../slug.js";

export type Draft = Omit<TradeFact, "id">;

const FIGURES = ["value", "quantity", "price", "changePct", "sharePct"] as const;

export function mergeDrafts(drafts: readonly Draft[]): TradeFact[] {
  const byKey = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = JSON.stringify([
      d.reporter,
      d.partner,
      d.commodity,
      d.flow,
      d.segment,
      d.period,
      d.baseline,
    ]);
    const group = byKey.get(key) ?? [];
    const have = group.find((g) => !conflicts(g, d));
    if (have) absorb(have, d);
    else group.push({ ...d });
    byKey.set(key, group);
  }
  return [...byKey.values()].flat().map((d) => {
    const { evidence, moreEvidence, ...fields } = d;
    const changeOf = changeOfFact(d);
    return {
      id: stableId("tf:", fields),
      ...fields,
      evidence,
      ...(moreEvidence?.length ? { moreEvidence } : {}),
      ...(changeOf ? { changeOf } : {}),
    };
  });
}

/**
 * What a change measures: the value stated beside it, else the quantity, else the price; a
 * change of whole trade with none of them is of its value (trade statistics compare values);
 * a change of goods with none of them could be either, and is left unsaid.
 */
export function changeOfFact(d: Draft): TradeFact["changeOf"] {
  if (d.changePct === null) return undefined;
  if (d.value) return "VALUE";
  if (d.quantity) return "QUANTITY";
  if (d.price) return "PRICE";
  return d.commodity === null ? "VALUE" : undefined;
}

function absorb(have: Draft, d: Draft): void {
  for (const k of FIGURES)
    if (d[k] !== null && (have[k] === null || roughOf(have[k], d[k])))
      (have as Record<string, unknown>)[k] = d[k];
  // a sentence that states the fact again, adding nothing, is evidence of it all the same;
  // drafts come in reading order, so a sentence already kept is the last one kept
  const last = have.moreEvidence?.at(-1) ?? have.evidence;
  if (sameEvidence(last, d.evidence)) return;
  have.moreEvidence ??= [];
  have.moreEvidence.push(d.evidence);
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Two statements of one key that disagree on a figure (a rounding of the other agrees). */
function conflicts(a: Draft, b: Draft): boolean {
  return FIGURES.some(
    (k) =>
      a[k] !== null &&
      b[k] !== null &&
      JSON.stringify(a[k]) !== JSON.stringify(b[k]) &&
      !roughOf(a[k], b[k]) &&
      !roughOf(b[k], a[k]),
  );
}

type Figure = Draft[(typeof FIGURES)[number]];

/**
 * "exceeded three trillion" beside "3.04 trillion", "above 30%" beside "30.6%": a round figure
 * (one significant digit, or two ending in 5) within a tenth of a more exact one of the same key
 * is a rounding of it, or a threshold it passed: the same statement, less exactly. The exact one
 * is the fact. "29%" beside "28.1%" is not round: two statements that disagree.
 */
export function roughOf(rough: Figure, exact: Figure): boolean {
  const a = magnitude(rough);
  const b = magnitude(exact);
  if (a === null || b === null || a.unit !== b.unit || b.n === 0) return false;
  const digits = significantDigits(a.n);
  const round = digits.length === 1 || (digits.length === 2 && digits.endsWith("5"));
  return (
    round &&
    digits.length < significantDigits(b.n).length &&
    Math.abs(a.n - b.n) <= Math.abs(b.n) / 10
  );
}

function magnitude(f: Figure): { n: number; unit: string } | null {
  if (f === null) return null;
  if (typeof f === "number") return { n: f, unit: "%" };
  if ("per" in f) return { n: f.amount, unit: `${f.currency}/${f.per}` };
  return { n: f.amount, unit: "currency" in f ? f.currency : f.unit };
}

/** 3040000000000 → "304", 30.6 → "306", 0.05 → "5" */
function significantDigits(n: number): string {
  return Math.abs(n).toString().replace(".", "").replace(/^0+/, "").replace(/0+$/, "") || "0";
}
