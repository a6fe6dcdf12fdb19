/**
 * Where a clause's parts begin: its first figure, the share word, the comparison, the whole
 * they name, a growth-rate subject.
 *
 * Why positions first: every slot reader asks the same questions ("is this name before the
 * figure?", "is this flow word part of the whole?"); answering them once keeps the readers
 * small and in agreement.
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node } from "../rules/types.js";
import { relativeAfter } from "./asides.js";
import type { Clause } from "./clauses.js";
import { firstCue } from "./cue-index.js";
import { firstFigureNode } from "./figures.js";

export interface ClauseCues {
  firstFigure: number;
  /** the first comparison cue, or the clause's end */
  compareAt: number;
  /** the comparison cue when it follows the first figure, else the clause's end */
  laterCompare: number;
  shareAt: number;
  /** "the share of X rose to 55%": the share word names the subject, not the whole */
  shareSubject: boolean;
  /** where the subject ends: a share's whole, a later comparison, a percentage-point difference */
  wholeAt: number;
  /** where the clause's own figures end: a relative clause describing a share's whole */
  ownUntil: number;
  rateAt: number;
  /** "growth rates increased by 32.5%": a change of a rate, not of trade */
  rateChanged: boolean;
  subjectKind: "share" | "rate" | null;
}

type CueClass = "shareCue" | "compareCue" | "rateNoun";

const SUBJECT_KINDS = new Set(["FlowTerm", "Entity"]);

/** the cues of the clause read last: its whole's reader and its frame's both ask for them */
let lastClause: Clause | null = null;
let lastTokens: readonly LexToken[] | null = null;
let lastCues: ClauseCues | null = null;

export function readCues(clause: Clause, tokens: readonly LexToken[]): ClauseCues {
  if (lastCues !== null && lastClause === clause && lastTokens === tokens) return lastCues;
  lastCues = cuesOf(clause, tokens);
  lastClause = clause;
  lastTokens = tokens;
  return lastCues;
}

/**
 * The clause's comparison cue. "Faster than expected, imports rose 11%": rates compared before
 * any figure is stated compare with a forecast or a mood, with no period of their own.
 */
function comparisonAt(tokens: readonly LexToken[], clause: Clause, firstFigure: number): number {
  const at = cueAt(tokens, clause, "compareCue");
  const rate = senseAt(tokens, at, "compareCue")?.entry.value === "rate";
  return rate && at < firstFigure ? clause.last : at;
}

/**
 * Where the clause's figures start. "Up 3% year on year, Shenzhen's exports totaled …": a change
 * set before the subject, with its comma, is an aside; the subject runs to the next figure.
 */
function firstStatedFigure(
  nodes: readonly Node[],
  tokens: readonly LexToken[],
): number | undefined {
  const first = firstFigureNode(nodes);
  if (first?.kind !== "Change" || tokens[first.last]?.norm !== ",") return first?.first;
  if (nodes.some((n) => n.first < first.first && SUBJECT_KINDS.has(n.kind))) return first.first;
  return firstFigureNode(nodes.filter((n) => n.first > first.first))?.first ?? first.first;
}

function cuesOf(clause: Clause, tokens: readonly LexToken[]): ClauseCues {
  const firstFigure = firstStatedFigure(clause.nodes, tokens) ?? clause.last;
  const compareAt = comparisonAt(tokens, clause, firstFigure);
  const laterCompare = compareAt > firstFigure ? compareAt : clause.last;
  const shareAt = cueAt(tokens, clause, "shareCue");
  const shareSubject = shareAt < firstFigure;
  // "0.4 percentage point higher than the growth of overall trade": a comparison follows
  const pointsAt = clause.nodes.find((x) => x.kind === "Points")?.first ?? clause.last;
  const rateAt = cueAt(tokens, clause, "rateNoun");
  // "saw a fast growth rate, as exports rose 15.8%": a flow after the rate is what changed
  // "the growth of exports was 5%": a flow after "of" is whose rate it is
  const rateOf = tokens[(tokens[rateAt]?.hit?.last ?? rateAt) - 1]?.norm === "of";
  const rateSubject =
    rateAt < firstFigure &&
    (rateOf ||
      !clause.nodes.some(
        (x) => x.kind === "FlowTerm" && x.first > rateAt && x.first < firstFigure,
      ));
  return {
    firstFigure,
    compareAt,
    laterCompare,
    shareAt,
    shareSubject,
    wholeAt: Math.min(shareSubject ? clause.last : shareAt, laterCompare, pointsAt),
    ownUntil: shareAt < clause.last ? relativeAfter(tokens, shareAt, clause.last) : clause.last,
    rateAt,
    rateChanged: rateSubject && clause.nodes.some((x) => x.kind === "Change"),
    subjectKind: shareSubject ? "share" : rateSubject ? "rate" : null,
  };
}

/** The clause's first token with a sense of `cls`, or its end. */
export function cueAt(tokens: readonly LexToken[], clause: Clause, cls: CueClass): number {
  return firstCue(tokens, cls, clause.first, clause.last);
}

/** The clause's first word (past a comma) has a sense of `cls`. */
export function opensWith(
  tokens: readonly LexToken[],
  clause: Clause,
  cls: CueClass | "topicShift",
): boolean {
  const first = tokens[clause.first]?.norm === "," ? clause.first + 1 : clause.first;
  return senseAt(tokens, first, cls) !== null;
}
