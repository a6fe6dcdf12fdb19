/**
 * One clause → its frame: the entities by role, the flows, segments, periods and figures it
 * states, each slot a list in text order.
 *
 * Why the "whole" is cut off: in "accounting for 57.9 percent of the total exports" or
 * "compared with 3.1% in the same period last year", what follows the share word or the
 * comparison names the whole or the past, not the subject: its flow words and places are not
 * the clause's. Everything after the first such cue is read for figures only.
 */
import type { Flow, Segment } from "../../core/contract.js";
import type { EntityInfo } from "../gazetteer.js";
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node, PeriodValue } from "../rules/types.js";
import type { Clause } from "./clauses.js";
import { CHINA, roleOf } from "./entity-roles.js";
import { itemsOf, readFigures } from "./figures.js";
import type { SegmentMention } from "./segments.js";
import type { ClauseFrame, EntityRef } from "./types.js";

export interface FrameInput {
  tokens: readonly LexToken[];
  segments: readonly SegmentMention[];
  entityInfo: (id: string) => EntityInfo | undefined;
}

export function readFrame(clause: Clause, input: FrameInput): ClauseFrame {
  const { tokens } = input;
  const wholeAt = firstWholeCue(tokens, clause);
  const subject = clause.nodes.filter((n) => n.first < wholeAt);
  const figures = readFigures(clause.nodes, tokens);
  const firstFigure = clause.nodes.find((n) => isFigure(n))?.first ?? clause.last;
  const entities = readEntities(subject, tokens, input, firstFigure);
  const { flows, deficit } = readFlows(subject);
  const periods = clause.nodes.filter((n) => n.kind === "Period");
  return {
    start: tokens[clause.first]?.start ?? 0,
    end: tokens[clause.last - 1]?.end ?? 0,
    ...entities,
    flows,
    deficit,
    segments: readSegments(input.segments, clause.first, wholeAt),
    period:
      periods.find((p) => !p.value.baseline && p.first < wholeAt && !outside(tokens, p.first))
        ?.value ?? null,
    comparedPeriod: figures.compared.length ? (comparedPeriodOf(periods, wholeAt) ?? null) : null,
    values: figures.values,
    quantities: figures.quantities,
    prices: figures.prices,
    changes: figures.changes,
    comparedChanges: figures.compared,
    shares: figures.shares,
    anaphora: readAnaphora(tokens, clause.first, wholeAt),
    notTrade:
      cueBefore(tokens, clause.first, firstFigure, ["nonTrade", "forecast"]) ||
      entities.foreignSubject,
  };
}

function isFigure(n: Node): boolean {
  const kinds = itemsOf(n).map((i) => i.kind);
  return kinds.some((k) => k === "Money" || k === "Quantity" || k === "Change" || k === "Price");
}

/** The first share word or "compared with" of the clause, or its end. */
function firstWholeCue(tokens: readonly LexToken[], clause: Clause): number {
  for (let i = clause.first; i < clause.last; i++) {
    if (senseAt(tokens, i, "shareCue")) return i;
    if (tokens[i].norm.startsWith("compar") && tokens[i + 1]?.norm === "with") return i;
  }
  return clause.last;
}

/** "the first drop since February 2017": a reference point, not the period measured */
function outside(tokens: readonly LexToken[], at: number): boolean {
  return senseAt(tokens, at - 1, "periodOutside") !== null;
}

function cueBefore(
  tokens: readonly LexToken[],
  from: number,
  to: number,
  classes: Array<"nonTrade" | "forecast">,
): boolean {
  for (let i = from; i < to; i++) {
    // "more than expected", "faster than forecast": a comparison with a forecast, not one
    if (tokens[i - 1]?.norm === "than") continue;
    if (classes.some((c) => senseAt(tokens, i, c))) return true;
  }
  return false;
}

/**
 * Reporters are named before the figure ("Anhui's exports rose"); a place after it is where
 * something was said or done ("said the spokesman at a briefing in Beijing").
 */
function readEntities(
  subject: readonly Node[],
  tokens: readonly LexToken[],
  input: FrameInput,
  firstFigure: number,
) {
  const reporters: EntityRef[] = [];
  const partners: EntityRef[] = [];
  const commodities: EntityRef[] = [];
  let foreignSubject = false;
  for (const node of subject) {
    const items = itemsOf(node).filter((i) => i.kind === "Entity");
    // "five Central Asian countries, including Kazakhstan, ...": members named as examples
    if (afterIncluding(tokens, node.first) && partners.length) continue;
    for (const item of items) {
      if (item.kind !== "Entity") continue;
      const ref = { id: item.value.id, start: item.start, end: item.end };
      const role = roleOf(input.entityInfo(ref.id));
      if (role === "reporter") {
        if (item.first < firstFigure) reporters.push(ref);
      } else if (role === "commodity") commodities.push(ref);
      else if (role === "partner") {
        partners.push(ref);
        // "the US's imports from China": another economy's figure
        if (isPossessive(tokens, item.last) && nextIsFlow(subject, item.last))
          foreignSubject = true;
      }
    }
  }
  // "China's Guangdong", "of China's total": the narrower place is the one measured
  const narrower = reporters.filter((r) => r.id !== CHINA);
  return {
    reporters: narrower.length ? narrower : reporters.slice(0, 1),
    partners,
    commodities,
    foreignSubject,
  };
}

function afterIncluding(tokens: readonly LexToken[], at: number): boolean {
  const prev = tokens[at - 1]?.norm;
  return prev === "including" || (prev === "as" && tokens[at - 2]?.norm === "such");
}

function isPossessive(tokens: readonly LexToken[], after: number): boolean {
  const t = tokens[after]?.norm;
  return (t === "'" || t === "’") && tokens[after + 1]?.norm === "s";
}

function nextIsFlow(nodes: readonly Node[], after: number): boolean {
  const next = nodes.find((n) => n.first >= after);
  return next?.kind === "FlowTerm" && next.first <= after + 2;
}

/**
 * The flows a clause names, in order. Adjacent flow words name one flow, the narrower one
 * ("trade surplus" is a balance, "export trade" exports); a flow named twice ("exports … the
 * export volume") is one.
 */
function readFlows(subject: readonly Node[]): { flows: Flow[]; deficit: boolean } {
  const flows: Flow[] = [];
  let deficit = false;
  let lastEnd = -1;
  for (const node of subject)
    for (const item of itemsOf(node)) {
      if (item.kind !== "FlowTerm") continue;
      const flow = item.value.flow;
      const prev = flows[flows.length - 1];
      if (item.first === lastEnd && prev !== undefined) {
        if (prev === "TOTAL") flows[flows.length - 1] = flow;
      } else if (prev !== flow) flows.push(flow);
      if (item.value.negative) deficit = true;
      lastEnd = item.last;
    }
  return { flows, deficit };
}

function readSegments(segments: readonly SegmentMention[], from: number, to: number): Segment[] {
  return segments.filter((s) => s.first >= from && s.first < to).map((s) => s.segment);
}

function comparedPeriodOf(periods: readonly Node[], wholeAt: number): PeriodValue | undefined {
  const p = periods.find((x) => x.first >= wholeAt);
  return p?.kind === "Period" ? p.value : undefined;
}

function readAnaphora(tokens: readonly LexToken[], from: number, to: number) {
  const found = { reporter: false, partner: false };
  for (let i = from; i < to; i++) {
    const sense = senseAt(tokens, i, "anaphor");
    if (!sense || sense.entry.value === "period") continue;
    const prev = tokens[i - 1]?.norm ?? "";
    const partnerSide = senseAt(tokens, i - 1, "partnerPrep") !== null || prev === "and";
    if (sense.entry.value === "place" && partnerSide) found.partner = true;
    else found.reporter = true;
  }
  return found;
}
