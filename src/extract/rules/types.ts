/**
 * Composed node types (Period, Change, List) and the Rule interface.
 *
 * Why: the clause-frame layer consumes typed nodes, not strings. A Period is unresolved (its
 * year may be "this year", "last year", an explicit year or unknown) until `resolvePeriod`
 * meets the document date; a Change carries its percent and, when stated, its baseline; a List
 * holds items of one kind in text order. Atoms that no rule composed pass through as nodes.
 */
import type { Atom, CounterExample, Example, Span } from "../atoms/types.js";
import type { LexClass } from "../lexicon/lexicon.js";
import type { Chart } from "./chart.js";

export type YearRef =
  | { kind: "explicit"; year: number }
  | { kind: "relative"; offset: number }
  | { kind: "unknown" };

export interface PeriodValue {
  /** the year of the end month */
  year: YearRef;
  startMonth: number;
  endMonth: number;
  /** the start month's year minus the end month's (≤ 0): "from 2013 to 2023" is -10 */
  startYearDelta: number;
  /** compared with, not measured ("the same period of 2019") */
  baseline: boolean;
  /** the months are those of the period it is compared with ("the same period of 2019") */
  sameMonths: boolean;
  /** "in May alone": one month of a longer period stated around it */
  alone: boolean;
}

export interface ChangeValue {
  /** signed percent change: "fell 3%" -3, "increased 1.2 times" 120 */
  pct: number;
  /** what the percent was read from */
  from: "Percent" | "Multiple";
  /** "year-on-year", "month-on-month" when stated */
  basis: "year" | "month" | null;
  /** the period compared with, when stated ("from the same period of 2019", "than in April") */
  baseline: PeriodValue | null;
}

export interface ListValue {
  itemKind: string;
  items: Node[];
  /** "…, respectively": the items pair in order with another list */
  respectively: boolean;
}

interface Composed<K extends string, V> extends Span {
  kind: K;
  value: V;
  /** the rule that made it */
  source: string;
  /** the nodes it was made of, in text order */
  children: Node[];
}

export type PeriodNode = Composed<"Period", PeriodValue>;
export type ChangeNode = Composed<"Change", ChangeValue>;
export type ListNode = Composed<"List", ListValue>;
export type Node = Atom | PeriodNode | ChangeNode | ListNode;
export type NodeKind = Node["kind"];

/** What a rule makes at one place: kind, value, token span and children. */
export type Produced = {
  [K in "Period" | "Change" | "List" | "Quantity"]: {
    kind: K;
    value: Extract<Node, { kind: K }>["value"];
    first: number;
    last: number;
    children: Node[];
  };
}["Period" | "Change" | "List" | "Quantity"];

export interface RuleStarts {
  words: readonly string[];
  lex: readonly LexClass[];
  kinds: readonly NodeKind[];
}

export interface Rule {
  name: string;
  /** the kind of node it makes */
  produces: "Period" | "Change" | "List" | "Quantity";
  /** ranks nodes of equal span in the one overlap pass: higher wins (atoms are below 100) */
  specificity: number;
  /** the node kinds its pattern takes: after the first round it reruns only when one is new */
  consumes: ReadonlySet<NodeKind>;
  /** what a match can start with: the rule is tried only at tokens that have one of these */
  starts: RuleStarts;
  /**
   * At most how many tokens a match can span before the start of a node of `kind` it takes
   * (Infinity when unbounded, the default): after the first round the rule is retried only
   * that far before the nodes made in the round before.
   */
  reach?(kind: NodeKind): number;
  /**
   * Node kinds a match cannot do without: one of each group must be in the chart somewhere,
   * or the rule is not tried (absent: no such test).
   */
  needs?: readonly (readonly NodeKind[])[];
  /** everything this rule makes starting at token `at`, as fresh objects the chart completes */
  apply(chart: Chart, at: number): Produced[];
  /** its results already carry their span and source: the chart need not complete them */
  completes?: boolean;
  examples: Example[];
  counterExamples: CounterExample[];
}
