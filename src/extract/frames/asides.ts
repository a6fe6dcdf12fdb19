/**
 * Relative clauses that are not the clause's own statement.
 *
 * Why: "Guangdong's general trade, which reflects the exports of self-developed products,
 * increased 12.7%": the aside between commas states no figure and its flow word ("exports") is
 * not the subject's. And "accounting for 25% of China's total trade, which grew 2.3% to 26.43
 * trillion yuan": the relative clause after a share's whole describes the whole, so its figures
 * are not the subject's.
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node } from "../rules/types.js";
import { cuesIn } from "./cue-index.js";

/** Token ranges [from, to) of ", which …," asides that hold no figure. */
export function figurelessAsides(
  tokens: readonly LexToken[],
  nodes: readonly Node[],
  isFigure: (n: Node) => boolean,
  from: number,
  to: number,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const i of cuesIn(tokens, "clauseBreak", from + 1, to)) {
    if (!isRelative(tokens, i) || tokens[i - 1].norm !== ",") continue;
    let end = i + 1;
    while (end < to && tokens[end].norm !== ",") end++;
    if (end >= to) continue;
    if (!nodes.some((n) => n.first > i && n.first < end && isFigure(n))) out.push([i, end]);
  }
  return out;
}

/** The first relative "which" after `after`, or `to`: what follows it describes the whole. */
export function relativeAfter(tokens: readonly LexToken[], after: number, to: number): number {
  for (const i of cuesIn(tokens, "clauseBreak", after + 1, to)) if (isRelative(tokens, i)) return i;
  return to;
}

function isRelative(tokens: readonly LexToken[], i: number): boolean {
  return senseAt(tokens, i, "clauseBreak")?.entry.value === "relative";
}
