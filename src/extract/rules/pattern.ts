/**
 * Token patterns over the chart, in the manner of spaCy's Matcher and Duckling's rule
 * patterns: a sequence of elements, each a grammar word, a lexicon class or a node kind
 * (optionally with a test), any of them optional.
 *
 * Why: a rule is then its pattern plus a small function from the matched nodes to a value;
 * content words are never spelled in a pattern (they are lexicon classes), only the grammar
 * words of the phrasing itself ("between", "of", "the").
 */
import { classNumber, type LexClass, lexicon } from "../lexicon/lexicon.js";
import type { Chart } from "./chart.js";
import { kindNumber } from "./rule-index.js";
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

/** An element in one shape (the walk below is monomorphic): 0 word, 1 lexicon class, 2 node. */
interface Step {
  type: 0 | 1 | 2;
  optional: boolean;
  words: readonly string[];
  /** the number of the lexicon class (`classNumber`), -1 for other elements */
  lex: number;
  /** the node kinds as bits (`kindNumber`), 0 for other elements */
  kinds: number;
  test: ((n: Node) => boolean) | null;
}

const COMPILED = new WeakMap<readonly Element[], Step[]>();

function compile(pattern: readonly Element[]): Step[] {
  let steps = COMPILED.get(pattern);
  if (steps) return steps;
  steps = pattern.map((el) => ({
    type: "word" in el ? 0 : "lex" in el ? 1 : 2,
    optional: el.optional === true,
    words: "word" in el ? el.word : [],
    lex: "lex" in el ? classNumber(el.lex) : -1,
    kinds: "node" in el ? el.node.reduce((m, k) => m | (1 << kindNumber(k)), 0) : 0,
    test: ("node" in el && el.test) || null,
  }));
  COMPILED.set(pattern, steps);
  return steps;
}

/** What a walk tells of each complete match: its slots (reused: copy to keep) and end. */
interface MatchSink {
  found(slots: Slot[], last: number): void;
}

/** Keeps every match as it is. */
class MatchList implements MatchSink {
  readonly out: Match[] = [];
  found(slots: Slot[], last: number): void {
    this.out.push({ slots: slots.slice(), last });
  }
}

/** Every way `pattern` matches from token `at`: the slots and the token after the match. */
export function matchPattern(chart: Chart, pattern: readonly Element[], at: number): Match[] {
  const list = new MatchList();
  walk(chart, compile(pattern), at, 0, at, [], list);
  return list.out;
}

// a plain recursive function with one mutable slot stack: no closure or array per step
function walk(
  chart: Chart,
  steps: readonly Step[],
  at: number,
  k: number,
  pos: number,
  slots: Slot[],
  sink: MatchSink,
): void {
  if (k === steps.length) {
    if (pos > at) sink.found(slots, pos);
    return;
  }
  const el = steps[k];
  if (el.optional) {
    slots.push(null);
    walk(chart, steps, at, k + 1, pos, slots, sink);
    slots.pop();
  }
  if (pos >= chart.tokens.length) return;
  const tok = chart.tokens[pos];
  if (el.type === 0) {
    if (!el.words.includes(tok.norm)) return;
    slots.push(true);
    walk(chart, steps, at, k + 1, pos + 1, slots, sink);
    slots.pop();
  } else if (el.type === 1) {
    if (tok.hit === null || !tok.hit.classes.includes(el.lex)) return;
    slots.push(true);
    walk(chart, steps, at, k + 1, tok.hit!.last, slots, sink);
    slots.pop();
  } else {
    // the chart keeps each node's kind number beside it: a kind is tested with one and
    const nodes = chart.byFirst[pos];
    const kinds = chart.kindsAt[pos];
    for (let j = 0; j < nodes.length; j++) {
      const n = nodes[j];
      if ((el.kinds & (1 << kinds[j])) === 0 || (el.test !== null && !el.test(n))) continue;
      slots.push(n);
      walk(chart, steps, at, k + 1, n.last, slots, sink);
      slots.pop();
    }
  }
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

/**
 * A pattern rule's matches made into nodes, for one `apply` at a time: the walk tells it each
 * match (one object per rule, set up per call: no closure made per call).
 */
class RuleMatches implements MatchSink {
  chart: Chart | null = null;
  at = 0;
  out: Produced[] = NONE;

  constructor(
    private readonly make: PatternRuleSpec["make"],
    private readonly source: string,
  ) {}

  found(slots: Slot[], last: number): void {
    // the slots kept and the nodes among them, in one pass
    const kept: Slot[] = [];
    const nodes: Node[] = [];
    for (const s of slots) {
      kept.push(s);
      if (s !== null && s !== true) nodes.push(s);
    }
    const made = this.make(kept, nodes);
    if (!made) return;
    if (this.out === NONE) this.out = [];
    // the span and source are set here, in the order Chart.node sets them: the node keeps
    // one shape from birth (adding fields later made every node change shape), and the
    // chart leaves it as it is (`completes`); written out, not spread from `made` (a
    // spread of it cost more than the rest of the match)
    const tokens = this.chart!.tokens;
    const first = this.at;
    const start = tokens[first].start;
    const end = tokens[last - 1].end;
    const { kind, value } = made;
    const source = this.source;
    this.out.push({ kind, value, first, last, children: nodes, start, end, source } as Produced);
  }
}

/** A rule from a pattern and a value function. */
export function patternRule(spec: PatternRuleSpec): Rule {
  const { pattern, make, ...rest } = spec;
  const consumes = new Set(pattern.flatMap((e) => ("node" in e ? e.node : [])));
  let reach: Map<NodeKind, number> | null = null;
  const steps = compile(pattern);
  // the walk's slot stack: it pushes and pops, and is empty again when the walk returns
  const stack: Slot[] = [];
  const matches = new RuleMatches(make, spec.name);
  return {
    ...rest,
    consumes,
    completes: true,
    starts: startsOf(pattern),
    needs: pattern.flatMap((e) => ("node" in e && !e.optional ? [e.node] : [])),
    reach(kind) {
      reach ??= reachOf(pattern);
      return reach.get(kind) ?? Number.POSITIVE_INFINITY;
    },
    apply(chart, at) {
      // make is pure and the chart does not change during a walk: each match is made at once
      matches.chart = chart;
      matches.at = at;
      matches.out = NONE;
      walk(chart, steps, at, 0, at, stack, matches);
      const out = matches.out;
      matches.chart = null;
      return out;
    },
  };
}
