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

/** What a change measures: the value stated beside it, else the quantity, else the price. */
export function changeOfFact(d: Draft): TradeFact["changeOf"] {
  if (d.changePct === null) return undefined;
  return d.value ? "VALUE" : d.quantity ? "QUANTITY" : d.price ? "PRICE" : undefined;
}

function absorb(have: Draft, d: Draft): void {
  let added = false;
  for (const k of FIGURES)
    if (have[k] === null && d[k] !== null) {
      (have as Record<string, unknown>)[k] = d[k];
      added = true;
    }
  if (
    added &&
    !sameEvidence(have.evidence, d.evidence) &&
    !(have.moreEvidence ?? []).some((e) => sameEvidence(e, d.evidence))
  )
    have.moreEvidence = [...(have.moreEvidence ?? []), d.evidence];
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Two statements of one key that disagree on a figure. */
function conflicts(a: Draft, b: Draft): boolean {
  return FIGURES.some(
    (k) => a[k] !== null && b[k] !== null && JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}
