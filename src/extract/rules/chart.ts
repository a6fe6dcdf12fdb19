/**
 * The chart: every node (atoms first, then what rules make) indexed by its first token, grown
 * by applying every rule everywhere until nothing new appears.
 *
 * Why: rules compose nodes that other rules made ("first half" → Period, Period + "of 2023" →
 * Period with a year, "rose" + List<Percent> → List<Change>), as Duckling's rules do; all
 * candidate readings are kept until the one overlap pass, so no rule order matters.
 */

import type { Atom } from "../atoms/types.js";
import type { LexToken } from "../lexicon/attach.js";
import type { Node, Produced, Rule } from "./types.js";

/** rounds of rule application; composition here is at most a few levels deep */
const MAX_ROUNDS = 6;

export class Chart {
  readonly byFirst: Node[][];
  private readonly seen = new Set<string>();

  constructor(
    readonly text: string,
    readonly tokens: readonly LexToken[],
    atoms: readonly Atom[],
  ) {
    this.byFirst = tokens.map(() => []);
    for (const a of atoms) this.add(a);
  }

  /** Adds a node unless the same source already made one over the same tokens. */
  add(node: Node): boolean {
    const key = `${node.source}:${node.first}:${node.last}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.byFirst[node.first].push(node);
    return true;
  }

  /** The node a rule's result stands for, with its character span. */
  node(rule: Rule, p: Produced): Node {
    const start = this.tokens[p.first].start;
    const end = this.tokens[p.last - 1].end;
    return { ...p, start, end, source: rule.name } as Node;
  }

  all(): Node[] {
    return this.byFirst.flat();
  }
}

/** Applies the rules to the chart until no rule makes a new node. */
export function saturate(chart: Chart, rules: readonly Rule[]): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let added = 0;
    for (const rule of rules)
      for (let at = 0; at < chart.tokens.length; at++)
        for (const p of rule.apply(chart, at)) if (chart.add(chart.node(rule, p))) added++;
    if (added === 0) return;
  }
}
