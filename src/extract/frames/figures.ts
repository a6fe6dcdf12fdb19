/**
 * The figures of a clause, by what they measure: values, quantities, prices, changes, shares,
 * and changes stated for the period of comparison.
 *
 * Why one reader for all: a List node holds its items in order, and every figure kind is read
 * the same way, so "up 27.8%, 26.7% and 34.6% respectively" and "up 27.8%" differ only in
 * length. What a bare percent is depends on what stands around it: after a share word
 * ("accounting for", "share of") or before "of the total" it is a share; after "compared
 * with" a change of the period compared with; after a change ("a 30.7% increase with A and
 * 33.1% with B") another change; otherwise nothing this layer can ground.
 */
import type { Money, Price, Quantity } from "../../core/contract.js";
import { hitEndingAt, wholeAfter } from "../atoms/helpers.js";
import { type LexToken, senseAt } from "../lexicon/attach.js";
import { surfacesOf } from "../lexicon/lexicon.js";
import type { Node, PeriodValue } from "../rules/types.js";
import { type GrowthReach, growthAfter } from "./growth-after.js";
import type { ChangeRef } from "./types.js";

export interface Figures {
  values: Money[];
  quantities: Quantity[];
  prices: Price[];
  changes: ChangeRef[];
  shares: number[];
  /** bare percents after "compared with" */
  compared: number[];
  /** amounts of the period compared with ("compared with 21.7 billion dollars a year earlier") */
  comparedValues: Money[];
  comparedQuantities: Quantity[];
  /** an amount "a year earlier" names the period compared with: the same months a year before */
  yearEarlier: boolean;
}

const AMOUNT_KINDS = new Set(["Money", "Quantity", "Price"]);

/** The items of a node: a List's items, or the node itself. */
export function itemsOf(node: Node): Node[] {
  return node.kind === "List" ? node.value.items : [node];
}

const FIGURE_KINDS = new Set(["Money", "Quantity", "Price", "Change", "Percent", "Multiple"]);

/** A node that states a figure: an amount, a change, a percent, or a list of them. */
export function isFigure(node: Node | undefined): boolean {
  if (node === undefined) return false;
  if (node.kind !== "List") return FIGURE_KINDS.has(node.kind);
  for (const i of node.value.items) if (FIGURE_KINDS.has(i.kind)) return true;
  return false;
}

/** The first node of `nodes` that states a figure, if any. */
export function firstFigureNode(nodes: readonly Node[]): Node | undefined {
  for (const n of nodes) if (isFigure(n)) return n;
  return undefined;
}

/** `compareAt`: the token of the clause's "compared with" after its first figure, if any. */
export function readFigures(
  nodes: readonly Node[],
  tokens: readonly LexToken[],
  compareAt: number,
  subject: "share" | "rate" | null,
): Figures {
  const f: Figures = {
    values: [],
    quantities: [],
    prices: [],
    changes: [],
    shares: [],
    compared: [],
    comparedValues: [],
    comparedQuantities: [],
    yearEarlier: false,
  };
  // "have increased in 2023 by 730%, 180% and 1,520%": a verb the rules could not join to its
  // percents, because a period stands between them
  let verb: number | null = null;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k];
    if (node.kind === "ChangeVerb") verb = node.value.polarity;
    // a node of no figure kind reads as nothing (`readItem` reads only those kinds)
    if (node.kind !== "List" && !FIGURE_KINDS.has(node.kind)) continue;
    const changesBefore = f.changes.length;
    if (node.kind === "List")
      for (const item of node.value.items) readOf(item, node, tokens, compareAt, subject, verb, f);
    else readOf(node, node, tokens, compareAt, subject, verb, f);
    // what follows only bears on the changes this node made (most make none)
    if (f.changes.length === changesBefore) continue;
    // "surged 36.3% from 2016": the period right after a change is what it compares with
    const baseline = comparedPeriodAfter(node, nodes[k + 1], tokens);
    const last = f.changes[f.changes.length - 1];
    const monthOnMonth =
      monthBasisBefore(nodes, k) ||
      monthBasisAfter(node, nodes[k + 1]) ||
      monthBeforeAfter(node, nodes[k + 1], tokens);
    if (monthOnMonth) markMonthOnMonth(f, changesBefore);
    if (baseline && !last.baseline) f.changes[f.changes.length - 1] = { ...last, baseline };
  }
  // where yuan and dollars are both stated, the dollar series is a conversion: yuan is kept
  if (f.values.some((v) => v.currency === "CNY"))
    f.values = f.values.filter((v) => v.currency === "CNY");
  return f;
}

/** An item of a node: read as the clause's subject and its last change verb say. */
function readOf(
  item: Node,
  node: Node,
  tokens: readonly LexToken[],
  compareAt: number,
  subject: "share" | "rate" | null,
  verb: number | null,
  f: Figures,
): void {
  // "the share of private enterprises rose to 55.2 percent": a level of the share
  // "accounting for 17%, compared with 18% in 2024", "… down from 19.5% a year earlier": a
  // share of the period compared with, which the clause's period does not hold
  if (subject === "share" && item.kind === "Percent") {
    if (item.first <= compareAt && timeAfter(item, tokens) !== "earlier")
      f.shares.push(item.value.pct);
  }
  // "the growth rates were 5% and 9%": changes
  else if (subject === "rate" && item.kind === "Percent")
    f.changes.push({ pct: item.value.pct, baseline: null, monthOnMonth: false });
  else if (verb !== null && item.kind === "Percent" && verbReaches(node, tokens))
    f.changes.push({ pct: verb * item.value.pct, baseline: null, monthOnMonth: false });
  else readItem(item, node, tokens, compareAt, f);
}

/**
 * An amount of the period compared with; "a year earlier" after it names that period. Only
 * right after the comparison ("compared with just 2 billion yuan", "up from 5.48 trillion"):
 * "compared with imports of 8 billion yuan" is another subject's amount.
 */
function readComparedAmount(
  item: Node,
  tokens: readonly LexToken[],
  earlier: boolean,
  f: Figures,
): void {
  if (!comparedRightBefore(tokens, item.first)) return;
  if (item.kind === "Money" && !item.value.conversion)
    f.comparedValues.push({ amount: item.value.amount, currency: item.value.currency });
  else if (item.kind === "Quantity")
    f.comparedQuantities.push({ amount: item.value.amount, unit: item.value.unit });
  else return;
  if (earlier) noteYearEarlier(item, tokens, f);
}

/** words that may stand between a comparison and its amount: "compared with just 2 billion" */
const COMPARED_FILLERS = new Set(["just", "only", "a", "an", "some"]);
/** prepositions that compare an amount without a comparison cue ("versus" is one): "up from", "against" */
const COMPARED_PREPS = new Set(["from", "against"]);

/** A comparison word, with fillers or a hedge between, right before token `at`. */
function comparedRightBefore(tokens: readonly LexToken[], at: number): boolean {
  let j = at;
  for (;;) {
    const hedge = hitEndingAt(tokens, j, "hedge");
    if (hedge >= 0) j = hedge;
    else if (j > 0 && COMPARED_FILLERS.has(tokens[j - 1].norm)) j--;
    else break;
  }
  if (j > 0 && COMPARED_PREPS.has(tokens[j - 1].norm)) return true;
  return hitEndingAt(tokens, j, "compareCue") >= 0;
}

/** "… a year earlier" right after a figure of the period compared with names that period. */
function noteYearEarlier(item: Node, tokens: readonly LexToken[], f: Figures): void {
  if (timeAfter(item, tokens) === "earlier" && tokens[item.last + 1]?.norm === "year")
    f.yearEarlier = true;
}

function readItem(
  item: Node,
  node: Node,
  tokens: readonly LexToken[],
  compareAt: number,
  f: Figures,
) {
  // "27.4 billion dollars, compared with 21.7 billion dollars a year earlier": an amount of
  // the period compared with, not a second amount of the clause's own period; "against 4,900
  // tonnes a year earlier": likewise, without the comparison word
  const earlier = AMOUNT_KINDS.has(item.kind) && timeAfter(item, tokens) === "earlier";
  if (earlier || (item.first > compareAt && AMOUNT_KINDS.has(item.kind))) {
    readComparedAmount(item, tokens, earlier, f);
    return;
  }
  if (item.kind === "Money" && !item.value.conversion) {
    if (!increment(item, tokens) && !notTradeAfter(item, tokens) && !coveredByMeasure(item, tokens))
      f.values.push({ amount: item.value.amount, currency: item.value.currency });
  } else if (item.kind === "Quantity") {
    if (timeAfter(item, tokens) !== "rate")
      f.quantities.push({ amount: item.value.amount, unit: item.value.unit });
  } else if (item.kind === "Price")
    f.prices.push({
      amount: item.value.amount,
      currency: item.value.currency,
      per: item.value.per,
    });
  else if (item.kind === "Change") {
    // "making up 59.2%": the "up" of a share verb, not a rise
    if (insideShareCue(tokens, item.first)) f.shares.push(Math.abs(item.value.pct));
    // "grew 5.9%, compared with a 4.6% drop in 2023": the change of the period compared with
    else if (item.first > compareAt) {
      f.compared.push(item.value.pct);
      noteYearEarlier(item, tokens, f);
    }
    // "19.2% higher than copper": a comparison with other goods, not a change over time
    else if (comparedWithOther(item, tokens)) return;
    else
      f.changes.push({
        pct: item.value.pct,
        baseline: item.value.baseline,
        monthOnMonth: item.value.basis === "month",
      });
  } else if (item.kind === "Percent") readPercent(item.value.pct, node, tokens, compareAt, f);
  // "rose 4.2 per cent and 2.6 times respectively": a multiple that goes on a list of changes
  else if (item.kind === "Multiple" && f.changes.length)
    f.changes.push({ pct: item.value.changePct, baseline: null, monthOnMonth: false });
}

/**
 * "an increase of 10.3% month on month and 19.5% year on year", "a month-on-month increase of
 * 34%": a basis word the composition rules left beside a change it did not join. It belongs to
 * the change it touches: the one right after it when it stands before one, else the one right
 * before it.
 */
function monthBasisAfter(node: Node, next: Node | undefined): boolean {
  return next?.kind === "Yoy" && next.value.basis === "month" && next.first === node.last;
}

/** The node at `k` is a change right after a "month-on-month" that touches no change before it. */
function monthBasisBefore(nodes: readonly Node[], k: number): boolean {
  const basis = nodes[k - 1];
  if (basis?.kind !== "Yoy" || basis.value.basis !== "month") return false;
  const before = nodes[k - 2];
  const joinsBefore = before !== undefined && isChange(before) && before.last === basis.first;
  return !joinsBefore && isChange(nodes[k]) && nodes[k].first === basis.last;
}

const BEFORE_MONTH = new Set(surfacesOf("earlierCue", ["before"]));
const AFTER_MONTH = new Set(surfacesOf("earlierCue", ["after"]));
/** how many words may stand between a change and "month": "compared with the previous month" */
const MONTH_REACH = 4;

/** "rose 8% from the previous month", "down 2% from a month earlier": the month before */
function monthBeforeAfter(node: Node, next: Node | undefined, tokens: readonly LexToken[]) {
  if (!isChange(node) || next?.kind !== "PeriodWord") return false;
  if (next.value.unit !== "month" || next.value.plural) return false;
  if (next.first - node.last > MONTH_REACH) return false;
  // "8% higher than in the previous month": the comparative holds its own "than"
  const compares =
    node.source === "change-comparative" || comparisonIn(tokens, node.last, next.first);
  if (!compares) return false;
  return (
    BEFORE_MONTH.has(tokens[next.first - 1]?.norm ?? "") ||
    AFTER_MONTH.has(tokens[next.last]?.norm ?? "")
  );
}

/** a comparison word ("from", "compared with") among the words from `from` to `to` */
function comparisonIn(tokens: readonly LexToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (COMPARED_WITH.has(tokens[i].norm) || senseAt(tokens, i, "compareCue")) return true;
  return false;
}

const RATE_TIMES = new Set(surfacesOf("timeUnit"));

/**
 * What a time right after an amount makes of it: "11.2 million barrels per day", "2 million
 * tonnes a year" a rate, not the amount of the clause's period; "4,900 tonnes a year earlier"
 * the amount of an earlier period.
 */
function timeAfter(item: Node, tokens: readonly LexToken[]): "rate" | "earlier" | null {
  if (!senseAt(tokens, item.last, "per")) return null;
  if (!RATE_TIMES.has(tokens[item.last + 1]?.norm ?? "")) return null;
  return AFTER_MONTH.has(tokens[item.last + 2]?.norm ?? "") ? "earlier" : "rate";
}

function isChange(node: Node): boolean {
  return node.kind === "Change" || node.kind === "Percent";
}

/** Marks the changes from `from` on as month on month. */
function markMonthOnMonth(f: Figures, from: number): void {
  for (let i = Math.max(0, from); i < f.changes.length; i++)
    f.changes[i] = { ...f.changes[i], monthOnMonth: true };
}

/** The period a change node is compared with when one follows it ("up 5% from 2016"). */
export function comparedPeriodAfter(
  node: Node,
  next: Node | undefined,
  tokens: readonly LexToken[],
): PeriodValue | null {
  // "up 16.2% from a year ago and 11.5% from November": a percent going on a list of changes
  if ((node.kind !== "Change" && node.kind !== "Percent") || next?.kind !== "Period") return null;
  // the preposition stands between them ("up 5% from 2016") or opens the period's own words
  const at = next.first === node.last + 1 ? node.last : next.first === node.last ? next.first : -1;
  return COMPARED_WITH.has(tokens[at]?.norm ?? "") ? next.value : null;
}

/** the prepositions that put a period after a change as its baseline */
const COMPARED_WITH = new Set(["from", "over", "against", "on"]);

function insideShareCue(tokens: readonly LexToken[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const hit = tokens[i].hit;
    if (hit && hit.last > at && senseAt(tokens, i, "shareCue")) return true;
  }
  return false;
}

function readPercent(
  pct: number,
  node: Node,
  tokens: readonly LexToken[],
  compareAt: number,
  f: Figures,
): void {
  for (let i = node.first - 1; i >= Math.max(0, node.first - SHARE_REACH); i--) {
    const cue = senseAt(tokens, i, "shareCue");
    // "contributing 50.2% to the city's import growth": a share of growth is no trade fact
    if (
      cue?.entry.value === "contribution" &&
      growthAfter(tokens, node.last, shareWhole(tokens, node))
    )
      return;
    if (cue) {
      f.shares.push(pct);
      return;
    }
  }
  // "15.3 percent of the total", "90% of the country's exports"
  if (wholeAfter(tokens, node.last)) f.shares.push(pct);
  else if (node.first > compareAt) {
    f.compared.push(pct);
    noteYearEarlier(node, tokens, f);
  } else if (f.changes.length && LIST_GAP.has(tokens[node.first - 1]?.norm ?? "")) {
    // "a 30.7% increase with Vietnam and 33.1% with Malaysia": the change goes on
    const sign = Math.sign(f.changes[f.changes.length - 1].pct) || 1;
    f.changes.push({ pct: sign * pct, baseline: null, monthOnMonth: false });
  }
}

/** A verb reaches a percent introduced by "by" ("increased in 2023 by 730%"). */
function verbReaches(node: Node, tokens: readonly LexToken[]): boolean {
  return tokens[node.first - 1]?.norm === "by";
}

/** what joins a percent to the change before it: "an increase of 5% with A and 6% with B" */
const LIST_GAP = new Set(["and", ",", "or"]);

/**
 * A comparative change ("5% higher than …") is a change over time only when what follows is a
 * time ("than a year earlier", "than in April"); otherwise it compares with other goods.
 */
function comparedWithOther(item: Extract<Node, { kind: "Change" }>, tokens: readonly LexToken[]) {
  if (item.source !== "change-comparative" || item.value.baseline) return false;
  for (let i = item.last; i < item.last + 4 && i < tokens.length; i++)
    if (TIME_WORDS.has(tokens[i].norm)) return false;
  return true;
}

const TIME_WORDS = new Set([
  "year",
  "years",
  "ago",
  "earlier",
  "before",
  "period",
  "month",
  "quarter",
]);

/** how far a share word may stand from its figure: "accounting for more than half" */
const SHARE_REACH = 4;

/** "increased by over 17 trillion yuan": an amount after "by" is how much it grew, not its value */
function increment(item: Node, tokens: readonly LexToken[]): boolean {
  // "by 200 billion", "by over 200 billion", "by more than 200 billion"
  for (let i = item.first - 1; i >= Math.max(0, item.first - 3); i--) {
    const w = tokens[i].norm;
    if (w === "by") return true;
    if (!/^[a-z]+$/.test(w) || w === "to") return false;
  }
  return false;
}

/** "collected 1.05 trillion yuan (about $145 billion) in tax": what follows says it is not trade */
/** "tariffs on 60 billion dollars of U.S. goods": the goods a measure covers, no trade figure */
function coveredByMeasure(item: Node, tokens: readonly LexToken[]): boolean {
  const hedge = hitEndingAt(tokens, item.first, "hedge");
  const at = hedge >= 0 ? hedge : item.first;
  return tokens[at - 1]?.norm === "on" && senseAt(tokens, at - 2, "tradeMeasure") !== null;
}

function notTradeAfter(item: Node, tokens: readonly LexToken[]): boolean {
  let at = item.last;
  if (tokens[at]?.norm === "(") {
    const open = at;
    while (at < tokens.length && at - open <= 8 && tokens[at].norm !== ")") at++;
    if (tokens[at]?.norm !== ")") return false;
    at++;
  }
  const prep = tokens[at]?.norm;
  return (prep === "in" || prep === "of") && senseAt(tokens, at + 1, "nonTrade") !== null;
}

/** "… to the city's import growth": a few words on, within the figure's clause */
function shareWhole(tokens: readonly LexToken[], node: Node): GrowthReach {
  return { end: Math.min(tokens.length, node.last + 8), stopAtPunctuation: true };
}
