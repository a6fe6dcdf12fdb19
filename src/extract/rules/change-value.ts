/**
 * Helpers of the change rules: a Change from a percent or a multiple, and the same over a
 * List (a verb before "5%, 6% and 7%" makes a list of changes that keeps "respectively").
 *
 * Why: every change phrasing ends in the same value; lists distribute the same way for all.
 */
import { lex, node, opt, word } from "./pattern.js";
import type { ChangeValue, Node, Produced } from "./types.js";

type Made = Omit<Produced, "first" | "last" | "children">;

/** The signed percent a Percent or Multiple node states under a polarity. */
export function changeOf(
  n: Node,
  polarity: number,
  basis: ChangeValue["basis"] = null,
): ChangeValue | null {
  if (n.kind === "Percent") {
    const pct = n.value.pct < 0 ? n.value.pct : polarity * n.value.pct;
    return { pct, from: "Percent", basis, baseline: null };
  }
  if (n.kind === "Multiple")
    return { pct: polarity * n.value.changePct, from: "Multiple", basis, baseline: null };
  return null;
}

/** A Change, or a List of Changes when `figure` is a list of percents or multiples. */
export function changeOrList(
  figure: Node,
  polarity: number,
  basis: ChangeValue["basis"] = null,
): Made | null {
  if (figure.kind !== "List") {
    const value = changeOf(figure, polarity, basis);
    return value ? { kind: "Change", value } : null;
  }
  const items: Node[] = [];
  for (const it of figure.value.items) {
    const value = changeOf(it, polarity, basis);
    if (!value) return null;
    items.push({
      kind: "Change",
      value,
      first: it.first,
      last: it.last,
      start: it.start,
      end: it.end,
      source: "change-item",
      children: [it],
    });
  }
  return {
    kind: "List",
    value: { itemKind: "Change", items, respectively: figure.value.respectively },
  };
}

export const isPercentLike = (n: Node): boolean =>
  n.kind === "Percent" || (n.kind === "List" && n.value.itemKind === "Percent");
export const isMultipleLike = (n: Node): boolean =>
  (n.kind === "Multiple" && !n.value.verb) ||
  (n.kind === "List" && n.value.itemKind === "Multiple");

export function polarityOf(n: Node): number {
  return n.kind === "ChangeVerb" || n.kind === "Direction" ? n.value.polarity : 1;
}

export function basisOf(nodes: Node[]): ChangeValue["basis"] {
  for (const n of nodes) if (n.kind === "Yoy") return n.value.basis;
  return null;
}

/**
 * What follows the word of change in "rose by nearly 5% year on year" and "up 5%, 6% and 7%":
 * `[<Yoy>] [by] [<hedge>] <Percent | List<Percent>> [<Yoy>]`, shared by the verb and the
 * direction phrasings.
 */
export const PERCENT_AFTER_CHANGE_WORD = [
  opt(node("Yoy")),
  opt(word("by")),
  opt(lex("hedge")),
  node(["Percent", "List"], isPercentLike),
  opt(node("Yoy")),
];
