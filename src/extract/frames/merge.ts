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

/** A draft or fact that states some figure: one without any is no fact. */
export function hasFigure(d: Draft): boolean {
  return (
    d.value !== null ||
    d.quantity !== null ||
    d.price !== null ||
    d.changePct !== null ||
    d.sharePct !== null
  );
}

export function mergeDrafts(drafts: readonly Draft[]): TradeFact[] {
  const byKey = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = keyOf(d);
    const group = byKey.get(key);
    if (!group) {
      byKey.set(key, [{ ...d }]);
      continue;
    }
    const have = group.find((g) => !conflicts(g, d));
    if (have) absorb(have, d);
    else group.push({ ...d });
  }
  const facts: TradeFact[] = [];
  for (const group of byKey.values()) for (const d of group) facts.push(factOf(d));
  return facts;
}

/**
 * The key of a fact: its slots but the figures, written out. Ids and flows are slugs and
 * names (no control characters), periods `{ start, end }`, segments `{ dimension, value }`:
 * two drafts share a key exactly where the JSON of those slots is the same.
 */
function keyOf(d: Draft): string {
  return `${d.reporter}\u0001${orNull(d.partner)}\u0001${orNull(d.commodity)}\u0001${d.flow}\u0001${
    d.segment === null ? "\u0000" : `${d.segment.dimension}\u0002${d.segment.value}`
  }\u0001${d.period.start}\u0002${d.period.end}\u0001${
    d.baseline === null ? "\u0000" : `${d.baseline.start}\u0002${d.baseline.end}`
  }`;
}

function orNull(id: string | null): string {
  return id === null ? "\u0000" : id;
}

/** A merged draft → the fact, its id the hash of its slots (evidence aside). */
function factOf(d: Draft): TradeFact {
  const { evidence, moreEvidence, ...fields } = d;
  const changeOf = changeOfFact(d);
  const fact: TradeFact = { id: stableId("tf:", fields), ...fields, evidence };
  if (moreEvidence?.length) fact.moreEvidence = moreEvidence;
  if (changeOf) fact.changeOf = changeOf;
  return fact;
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
  for (const k of FIGURES) {
    const x = a[k];
    const y = b[k];
    if (x !== null && y !== null && !sameFigure(x, y) && !roughOf(x, y) && !roughOf(y, x))
      return true;
  }
  return false;
}

/** Two figures whose JSON is the same: equal numbers (non-finite ones all read `null`), or
 * objects written alike */
function sameFigure(x: NonNullable<Figure>, y: NonNullable<Figure>): boolean {
  if (typeof x === "number" && typeof y === "number")
    return x === y || (!Number.isFinite(x) && !Number.isFinite(y));
  return x === y || JSON.stringify(x) === JSON.stringify(y);
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
