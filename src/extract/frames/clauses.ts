/**
 * A sentence's clauses: the stretches of it that state one frame each.
 *
 * Why: "exports rose 10.6%, while imports fell 0.2%" is two frames sharing nothing but the
 * period; read as one, the imports would take the exports' figure. A clause ends before a
 * semicolon, before a contrast or part word ("while", "whereas", "of which"), and at a comma,
 * "and" or "which" that opens a new subject (a flow word, a place, a segment) once the clause
 * so far has stated a figure. Composed nodes are never cut: a list "A, B and C" is one node.
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node } from "../rules/types.js";
import { isFigure } from "./figures.js";

export interface Clause {
  /** token span of the sentence's reading, `last` exclusive */
  first: number;
  last: number;
  nodes: Node[];
  /** it opens with "of which", "including 2 billion …", ":": a part of the clause (or, opening
   * a sentence, of the sentence) before */
  partOf: "clause" | "sentence" | null;
}

const SUBJECT_KINDS = new Set(["FlowTerm", "Entity"]);

export function splitClauses(
  tokens: readonly LexToken[],
  nodes: readonly Node[],
  subjectAt: (token: number) => boolean,
): Clause[] {
  const covered = coverage(tokens.length, nodes);
  // "exports hit 14 and imports hit 10, up 16% and 42% respectively": a list dealt over the
  // subjects before it keeps them in its clause
  const respectivelyAt = firstRespectively(nodes);
  const startsOfNodes = nodeStarts(tokens.length, nodes);
  const cuts: number[] = [];
  let figureSince = false;
  // "Up 12.4% year on year, imports of chips reached …": a change that opens the sentence before
  // any subject is the change of the subject that follows ("With less than 4% of the land, the
  // delta …": another figure is not)
  let frontedChange = true;
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const node = startsOfNodes[i];
    if (isFigure(node)) figureSince = true;
    if (isSubject(node) || subjectAt(i) || (isFigure(node) && !isChange(node)))
      frontedChange = false;
    if (covered[i] || i === from) continue;
    // a break is ";", a clause-break word, or a separator ("," or a word with a sense)
    const t = tokens[i];
    if (!t.hit && t.norm !== ";" && t.norm !== ",") continue;
    const cue = senseAt(tokens, i, "clauseBreak")?.entry.value;
    const breakHere =
      tokens[i].norm === ";" ||
      cue === "contrast" ||
      cue === "part" ||
      // "including 238.86 billion yuan in …": a breakdown of the figure before
      (cue === "breakdown" && isFigure(startsOfNodes[tokens[i].hit?.last ?? i + 1])) ||
      (figureSince &&
        !(frontedChange && from === 0) &&
        i > respectivelyAt &&
        opensSubject(tokens, i, startsOfNodes, subjectAt));
    if (breakHere) {
      cuts.push(i);
      from = i;
      figureSince = false;
    }
  }
  return toClauses(tokens, cuts, nodes);
}

function isChange(node: Node | undefined): boolean {
  return (node?.kind === "List" ? node.value.itemKind : node?.kind) === "Change";
}

function isSubject(node: Node | undefined): boolean {
  const kind = node?.kind === "List" ? node.value.itemKind : node?.kind;
  return kind !== undefined && SUBJECT_KINDS.has(kind);
}

function firstRespectively(nodes: readonly Node[]): number {
  for (const n of nodes) if (n.kind === "List" && n.value.respectively) return n.first;
  return -1;
}

/*
 * The per-token tables of the sentence being split are kept between calls and cleared as far
 * as it reaches (splitting calls nothing that splits again): a typed array costs more to make
 * than to clear.
 */
let COVERED = new Uint8Array(256);
const STARTS: Array<Node | undefined> = [];

/** 1 for every token inside a node but its first (entries from `n` on are stale) */
function coverage(n: number, nodes: readonly Node[]): Uint8Array {
  if (COVERED.length < n) COVERED = new Uint8Array(Math.max(n, 2 * COVERED.length));
  else COVERED.fill(0, 0, n);
  const covered = COVERED;
  for (const node of nodes)
    for (let i = node.first + 1; i < node.last && i < n; i++) covered[i] = 1;
  return covered;
}

/** The node starting at each token (the last one listed, where several start there); entries
 * after `n` are stale: no token is looked up past the sentence's end. */
function nodeStarts(n: number, nodes: readonly Node[]): ReadonlyArray<Node | undefined> {
  const starts = STARTS;
  for (let i = 0; i <= n; i++) starts[i] = undefined;
  for (const node of nodes) if (node.first >= 0 && node.first <= n) starts[node.first] = node;
  return starts;
}

/**
 * "," or "and" that opens a new subject: a flow word, a place or a segment stands between it
 * and the next figure ("…, while imports fell 3%", "…, resulting in a surplus of 1 billion").
 */
function opensSubject(
  tokens: readonly LexToken[],
  i: number,
  startsOfNodes: ReadonlyArray<Node | undefined>,
  subjectAt: (token: number) => boolean,
): boolean {
  const isSeparator =
    tokens[i].norm === "," ||
    senseAt(tokens, i, "conj") !== null ||
    senseAt(tokens, i, "clauseBreak")?.entry.value === "relative";
  // "contributed 1.55 trillion yuan, or 65.3%, to the city's total": the verb goes on
  if (!isSeparator || tokens[i + 1]?.norm === "to") return false;
  for (let j = i + 1; j < tokens.length && j <= i + SUBJECT_REACH; j++) {
    if (senseAt(tokens, j, "shareCue") || senseAt(tokens, j, "compareCue")) return false;
    const node = startsOfNodes[j];
    if (isFigure(node)) return false;
    const kind = node?.kind === "List" ? node.value.itemKind : node?.kind;
    if ((kind && SUBJECT_KINDS.has(kind)) || subjectAt(j)) return true;
    // "…, with December figures at 2.14 million tonnes": a period of its own
    if (node?.kind === "Period" && !node.value.baseline && j > i + 1) return true;
  }
  return false;
}

/** how far after a separator its new subject may stand */
const SUBJECT_REACH = 8;

function toClauses(tokens: readonly LexToken[], cuts: number[], nodes: readonly Node[]): Clause[] {
  const clauses: Clause[] = [];
  for (let k = 0; k <= cuts.length; k++) {
    const first = k === 0 ? 0 : cuts[k - 1];
    const last = k === cuts.length ? tokens.length : cuts[k];
    const opens = senseAt(tokens, first, "clauseBreak")?.entry.value;
    clauses.push({
      first,
      last,
      nodes: nodesWithin(nodes, first, last),
      // a sentence may open with it too: "Therein, exports were …" is a part of the fact before
      partOf: opens === "part" || opens === "breakdown" ? (k > 0 ? "clause" : "sentence") : null,
    });
  }
  return clauses;
}

function nodesWithin(nodes: readonly Node[], first: number, last: number): Node[] {
  const out: Node[] = [];
  for (const x of nodes) if (x.first >= first && x.first < last) out.push(x);
  return out;
}
