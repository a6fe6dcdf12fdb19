/**
 * A clause from which no slot of a frame can be read: no node of a kind a frame reader reads, no
 * segment, no cue word (but a clause break), no topic shift at its opening. Its frame is the
 * empty one, built without asking the readers.
 *
 * Why exact: every slot is read from one of these. Figures, spans and flows come from figure,
 * List and FlowTerm nodes; reporters, partners and goods from Entity nodes (a List's items, a
 * counted quantity's goods); periods from Period nodes; segments from the table's names or a
 * `segmentCue` word; anaphora, comparisons, shares, rates, forecasts, cumulative and non-trade
 * figures from cue words; goods the gazetteer does not know from a flow word or a `goodsHead`
 * word; a topic shift from a `topicShift` word at the opening. A clause break alone only bounds
 * asides and a share's whole, which a clause without those nodes has none of.
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { NodeKind } from "../rules/types.js";
import type { Clause } from "./clauses.js";
import { cueBut } from "./cue-index.js";
import type { SegmentMention } from "./segments.js";
import type { ClauseFrame } from "./types.js";

/** the node kinds some frame reader reads a slot from */
const READ_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([
  "Change",
  "Entity",
  "FlowTerm",
  "List",
  "Money",
  "Multiple",
  "Percent",
  "Period",
  "Price",
  "Quantity",
]);

export function isBareClause(
  clause: Clause,
  tokens: readonly LexToken[],
  segments: readonly SegmentMention[],
): boolean {
  for (const n of clause.nodes) if (READ_KINDS.has(n.kind)) return false;
  for (const s of segments) if (s.first >= clause.first && s.first < clause.last) return false;
  const opening = tokens[clause.first]?.norm === "," ? clause.first + 1 : clause.first;
  if (senseAt(tokens, opening, "topicShift") !== null) return false;
  return !cueBut(tokens, "clauseBreak", clause.first, clause.last);
}

/** The frame of a bare clause: every slot empty, as the readers would leave it. */
export function bareFrame(clause: Clause, tokens: readonly LexToken[]): ClauseFrame {
  return {
    start: tokens[clause.first]?.start ?? 0,
    end: tokens[clause.last - 1]?.end ?? 0,
    reporters: [],
    partners: [],
    commodities: [],
    flows: [],
    deficit: false,
    vague: false,
    segments: [],
    period: null,
    periods: [],
    theYear: false,
    comparedPeriod: null,
    values: [],
    earlier: null,
    quantities: [],
    prices: [],
    changes: [],
    comparedChanges: [],
    comparedValues: [],
    comparedQuantities: [],
    comparedYearBefore: false,
    shares: [],
    anaphora: { reporter: false, partner: false, bilateral: false, fact: false },
    notTrade: false,
    unknownGoods: false,
    cumulative: false,
    forecast: false,
    expectation: false,
    shiftsTopic: false,
    partOf: clause.partOf,
  };
}
