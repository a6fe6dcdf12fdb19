/**
 * Token patterns over the chart, in the manner of spaCy's Matcher and Duckling's rule
 * patterns: a sequence of elements, each a grammar word, a lexicon class or a node kind
 * (optionally with a test), any of them optional.
 *
 * Why: a rule is then its pattern plus a small function from the matched nodes to a value;
 * content words are never spelled in a pattern (they are lexicon classes), only the grammar
 * words of the phrasing itself ("between", "of", "the").
 */
import { type LexClass, type LexSense, lexicon } from "../lexicon/lexicon.js";
import type { Chart } from "./chart.js";
import type { Node, NodeKind, Produced, Rule, RuleStarts } from "./types.js";

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

interface Match {
  slots: Slot[];
  last: number;
}

/** Every way `pattern` matches from token `at`: the slots and the token after the match. */
export function matchPattern(chart: Chart, pattern: readonly Element[], at: number): Match[] {
  const out: Match[] = [];
  walk(chart, pattern, at, 0, at, [], out);
  return out;
}

// a plain recursive function with one mutable slot stack: no closure or array per step
function walk(
  chart: Chart,
  pattern: readonly Element[],
  at: number,
  k: number,
  pos: number,
  slots: Slot[],
  out: Match[],
): void {
  if (k === pattern.length) {
    if (pos > at) out.push({ slots: slots.slice(), last: pos });
    return;
  }
  const el = pattern[k];
  if (el.optional) {
    slots.push(null);
    walk(chart, pattern, at, k + 1, pos, slots, out);
    slots.pop();
  }
  if (pos >= chart.tokens.length) return;
  const tok = chart.tokens[pos];
  if ("word" in el) {
    if (!el.word.includes(tok.norm)) return;
    slots.push(true);
    walk(chart, pattern, at, k + 1, pos + 1, slots, out);
    slots.pop();
  } else if ("lex" in el) {
    if (!hasClass(tok.hit?.senses, el.lex)) return;
    slots.push(true);
    walk(chart, pattern, at, k + 1, tok.hit!.last, slots, out);
    slots.pop();
  } else {
    for (const n of chart.byFirst[pos]) {
      if (!el.node.includes(n.kind) || (el.test && !el.test(n))) continue;
      slots.push(n);
      walk(chart, pattern, at, k + 1, n.last, slots, out);
      slots.pop();
    }
  }
}

function hasClass(senses: readonly LexSense[] | undefined, cls: LexClass): boolean {
  if (!senses) return false;
  for (const s of senses) if (s.entry.cls === cls) return true;
  return false;
}

/** The elements a match can start with: each leading optional one and the first required. */
function startsOf(pattern: readonly Element[]): RuleStarts {
  const starts = { words: [] as string[], lex: [] as LexClass[], kinds: [] as NodeKind[] };
  for (const el of pattern) {
    if ("word" in el) starts.words.push(...el.word);
    else if ("lex" in el) starts.lex.push(el.lex);
    else starts.kinds.push(...el.node);
    if (!el.optional) break;
  }
  return starts;
}

const NONE: Produced[] = [];

export interface PatternRuleSpec extends Omit<Rule, "apply" | "consumes" | "starts"> {
  pattern: readonly Element[];
  /** the value of a match, or null to reject it; `nodes` are the matched nodes in order */
  make(slots: Slot[], nodes: Node[]): Omit<Produced, "first" | "last" | "children"> | null;
}

/**
 * For each node kind the pattern takes, at most how many tokens come before it in a match: a
 * word is one token, a lexicon hit at most the lexicon's longest surface, a node unbounded.
 */
function reachOf(pattern: readonly Element[]): Map<NodeKind, number> {
  const out = new Map<NodeKind, number>();
  let offset = 0;
  for (const el of pattern) {
    if ("node" in el) for (const k of el.node) out.set(k, Math.max(out.get(k) ?? 0, offset));
    offset += "word" in el ? 1 : "lex" in el ? longestSurface() : Number.POSITIVE_INFINITY;
  }
  return out;
}

let longest = 0;
/** The most tokens a lexicon hit spans. */
function longestSurface(): number {
  if (longest === 0) for (const n of lexicon().maxLen.values()) longest = Math.max(longest, n);
  return longest;
}

/** A rule from a pattern and a value function. */
export function patternRule(spec: PatternRuleSpec): Rule {
  const { pattern, make, ...rest } = spec;
  const consumes = new Set(pattern.flatMap((e) => ("node" in e ? e.node : [])));
  let reach: Map<NodeKind, number> | null = null;
  return {
    ...rest,
    consumes,
    starts: startsOf(pattern),
    reach(kind) {
      reach ??= reachOf(pattern);
      return reach.get(kind) ?? Number.POSITIVE_INFINITY;
    },
    apply(chart, at) {
      const matches = matchPattern(chart, pattern, at);
      if (matches.length === 0) return NONE;
      const out: Produced[] = [];
      for (const m of matches) {
        const nodes = m.slots.filter((s): s is Node => s !== null && s !== true);
        const made = make(m.slots, nodes);
        if (made) out.push({ ...made, first: at, last: m.last, children: nodes } as Produced);
      }
      return out;
    },
  };
}
