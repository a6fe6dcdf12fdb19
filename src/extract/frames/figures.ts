/**
 * The figures of a clause, by what they measure: values, quantities, prices, changes, shares,
 * and changes stated for the period of comparison.
 *
 * Why one reader for all: a List node holds its items in order, and every figure kind is read
 * the same way, so "up 27.8%, 26.7% and 34.6% respectively" and "up 27.8%" differ only in
 * length. What a bare percent is depends on what stands before it: after a share word
 * ("accounting for", "share of") it is a share; after "compared with" a change of the period
 * compared with; otherwise nothing this layer can ground.
 */
import type { Money, Price, Quantity } from "../../core/contract.js";
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node } from "../rules/types.js";
import type { ChangeRef } from "./types.js";

export interface Figures {
  values: Money[];
  quantities: Quantity[];
  prices: Price[];
  changes: ChangeRef[];
  shares: number[];
  /** bare percents after "compared with" */
  compared: number[];
}

/** The items of a node: a List's items, or the node itself. */
export function itemsOf(node: Node): Node[] {
  return node.kind === "List" ? node.value.items : [node];
}

export function readFigures(nodes: readonly Node[], tokens: readonly LexToken[]): Figures {
  const f: Figures = {
    values: [],
    quantities: [],
    prices: [],
    changes: [],
    shares: [],
    compared: [],
  };
  for (const node of nodes)
    for (const item of itemsOf(node)) {
      if (item.kind === "Money" && !item.value.conversion)
        f.values.push({ amount: item.value.amount, currency: item.value.currency });
      else if (item.kind === "Quantity")
        f.quantities.push({ amount: item.value.amount, unit: item.value.unit });
      else if (item.kind === "Price")
        f.prices.push({
          amount: item.value.amount,
          currency: item.value.currency,
          per: item.value.per,
        });
      else if (item.kind === "Change")
        f.changes.push({
          pct: item.value.pct,
          baseline: item.value.baseline,
          monthOnMonth: item.value.basis === "month",
        });
      else if (item.kind === "Percent") readPercent(item.value.pct, node, tokens, f);
    }
  // where yuan and dollars are both stated, the dollar series is a conversion: yuan is kept
  if (f.values.some((v) => v.currency === "CNY"))
    f.values = f.values.filter((v) => v.currency === "CNY");
  return f;
}

/** A bare percent: a share after a share word, a compared change after "compared with". */
function readPercent(pct: number, node: Node, tokens: readonly LexToken[], f: Figures): void {
  for (let i = node.first - 1; i >= Math.max(0, node.first - SHARE_REACH); i--) {
    if (senseAt(tokens, i, "shareCue")) {
      f.shares.push(pct);
      return;
    }
    if (tokens[i].norm === "with" && tokens[i - 1]?.norm.startsWith("compar")) {
      f.compared.push(pct);
      return;
    }
  }
  // "15.3 percent of the total", "a third of the country's total"
  const after = tokens.slice(node.last, node.last + SHARE_REACH).map((t) => t.norm);
  if (after[0] === "of" && after.includes("total")) f.shares.push(pct);
}

/** how far a share word may stand from its figure: "accounting for more than half" */
const SHARE_REACH = 4;
