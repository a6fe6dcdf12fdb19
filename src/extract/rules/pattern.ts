/**
 * Token patterns over the chart, in the manner of spaCy's Matcher and Duckling's rule
 * patterns: a sequence of elements, each a grammar word, a lexicon class or a node kind
 * (optionally with a test), any of them optional.
 *
 * Why: a rule is then its pattern plus a small function from the matched nodes to a value;
 * content words are never spelled in a pattern (they are lexicon classes), only the grammar
 * words of the phrasing itself ("between", "of", "the").
 */
import type { LexClass } from "../lexicon/lexicon.js";
import type { Chart } from "./chart.js";
import type { Node, NodeKind, Produced, Rule } from "./types.js";

export type Element =
  | { word: readonly string[]; optional?: boolean }
  | { lex: LexClass; optional?: boolean }
  | { node: readonly NodeKind[]; test?: (n: Node) => boolean; optional?: boolean };

/** What each element matched: a node, `true` for a word or lexicon hit, null if skipped. */
export type Slot = Node | true | null;

export const word = (...w: string[]): Element => ({ word: w });
export const lex = (cls: LexClass): Element => ({ lex: cls });
export const node = (kinds: NodeKind | NodeKind[], test?: (n: Node) => boolean): Element => ({
  node: Array.isArray(kinds) ? kinds : [kinds],
  test,
});
export const opt = (e: Element): Element => ({ ...e, optional: true });

/** Every way `pattern` matches from token `at`: the slots and the token after the match. */
export function matchPattern(
  chart: Chart,
  pattern: readonly Element[],
  at: number,
): Array<{ slots: Slot[]; last: number }> {
  const out: Array<{ slots: Slot[]; last: number }> = [];
  const walk = (k: number, pos: number, slots: Slot[]) => {
    if (k === pattern.length) {
      if (pos > at) out.push({ slots, last: pos });
      return;
    }
    const el = pattern[k];
    if (el.optional) walk(k + 1, pos, [...slots, null]);
    if (pos >= chart.tokens.length) return;
    const tok = chart.tokens[pos];
    if ("word" in el) {
      if (el.word.includes(tok.norm)) walk(k + 1, pos + 1, [...slots, true]);
    } else if ("lex" in el) {
      if (tok.hit?.senses.some((s) => s.entry.cls === el.lex))
        walk(k + 1, tok.hit.last, [...slots, true]);
    } else {
      for (const n of chart.byFirst[pos])
        if (el.node.includes(n.kind) && (!el.test || el.test(n)))
          walk(k + 1, n.last, [...slots, n]);
    }
  };
  walk(0, at, []);
  return out;
}

export interface PatternRuleSpec extends Omit<Rule, "apply"> {
  pattern: readonly Element[];
  /** the value of a match, or null to reject it; `nodes` are the matched nodes in order */
  make(slots: Slot[], nodes: Node[]): Omit<Produced, "first" | "last" | "children"> | null;
}

/** A rule from a pattern and a value function. */
export function patternRule(spec: PatternRuleSpec): Rule {
  const { pattern, make, ...rest } = spec;
  return {
    ...rest,
    apply(chart, at) {
      const out: Produced[] = [];
      for (const m of matchPattern(chart, pattern, at)) {
        const nodes = m.slots.filter((s): s is Node => s !== null && s !== true);
        const made = make(m.slots, nodes);
        if (made) out.push({ ...made, first: at, last: m.last, children: nodes } as Produced);
      }
      return out;
    },
  };
}
