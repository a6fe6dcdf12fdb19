/**
 * The entities of a clause's subject, by role: reporters (named before the figure), partners
 * and goods. Names given as examples of a group already named ("five Central Asian countries,
 * including Kazakhstan"; "home products, such as computers") are not items of their own.
 *
 * Why reporters only before the figure: "Anhui's exports rose" names whose trade it is; a
 * place after the figure is where something was said or done ("said … in Beijing").
 */

import { hitEndingAt } from "../atoms/helpers.js";
import type { EntityInfo } from "../entities/index.js";
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node } from "../rules/types.js";
import { CHINA, type EntityRole, roleOf } from "./entity-roles.js";
import type { EntityRef } from "./types.js";

export interface ClauseEntities {
  reporters: EntityRef[];
  partners: EntityRef[];
  commodities: EntityRef[];
  /** "the US's imports from China": another economy's figure */
  foreignSubject: boolean;
}

export function readEntities(
  subject: readonly Node[],
  tokens: readonly LexToken[],
  entityInfo: (id: string) => EntityInfo | undefined,
  firstFigure: number,
): ClauseEntities {
  // a subject that names nothing (most clauses of a text)
  if (!subject.some(namesEntities))
    return { reporters: [], partners: [], commodities: [], foreignSubject: false };
  const byRole: Record<EntityRole, EntityRef[]> = {
    reporter: [],
    partner: [],
    commodity: [],
    none: [],
  };
  let foreignSubject = false;
  for (const node of subject) {
    const items = entitiesIn(node);
    if (!items.length) continue;
    const examples = introducesExamples(tokens, node.first);
    for (const item of items) {
      const role = roleOf(entityInfo(item.value.id));
      // "… goods from Africa, including crude oil": after the figure, names are examples
      if (examples && (byRole[role].length || node.first > firstFigure)) continue;
      if (role === "reporter" && item.first >= firstFigure) continue;
      // "9% higher than copper": what a figure is compared with is not its subject
      if (afterThan(tokens, node.first)) continue;
      // "China's Hong Kong", "China's Guangdong": the country names where the place is
      if (item.value.id === CHINA && modifiesNext(tokens, item.last, subject)) continue;
      // "Germany, China's biggest partner in Europe", "Xiamen, a port city in Fujian province":
      // a place that scopes the one named before it
      if (
        (role === "partner" || role === "reporter") &&
        byRole[role].length &&
        tokens[item.first - 1]?.norm === "in"
      )
        continue;
      // "pharmaceutical materials, and medicines": one item named twice
      if (byRole[role].at(-1)?.id === item.value.id) continue;
      byRole[role].push({ id: item.value.id, start: item.start, end: item.end });
      if (role === "partner" && isPossessive(tokens, item.last) && nextIsFlow(subject, item.last))
        foreignSubject = true;
      // "U.S. imports from China", "EU exports to China": the other economy's own flow
      if (
        role === "partner" &&
        flowRightAfter(subject, item.last) &&
        chinaAsCounterpart(subject, tokens)
      )
        foreignSubject = true;
    }
  }
  // "China's Guangdong", "of China's total": the narrower place is the one measured
  const narrower = byRole.reporter.filter((r) => r.id !== CHINA);
  return {
    reporters: narrower.length ? narrower : byRole.reporter.slice(0, 1),
    partners: byRole.partner,
    commodities: byRole.commodity,
    foreignSubject,
  };
}

/** The entity items of a node: a list's, or the goods a counted quantity names. */
function entitiesIn(node: Node): ReadonlyArray<Extract<Node, { kind: "Entity" }>> {
  if (node.kind === "Entity") return [node];
  const items = itemsIn(node);
  // most nodes hold no items: no array made for them
  if (!items.length) return NO_ENTITIES;
  return items.filter((i): i is Extract<Node, { kind: "Entity" }> => i.kind === "Entity");
}

const NO_ENTITIES: ReadonlyArray<Extract<Node, { kind: "Entity" }>> = [];

/** A node that is an entity or holds one (a list's item, a counted quantity's goods). */
function namesEntities(node: Node): boolean {
  return node.kind === "Entity" || itemsIn(node).some((i) => i.kind === "Entity");
}

/** A list's items, or the parts of a counted quantity; other nodes have none. */
function itemsIn(node: Node): readonly Node[] {
  if (node.kind === "Quantity" && "children" in node) return node.children as Node[];
  return node.kind === "List" ? node.value.items : NO_NODES;
}

const NO_NODES: readonly Node[] = [];

function afterThan(tokens: readonly LexToken[], at: number): boolean {
  return (
    tokens[at - 1]?.norm === "than" ||
    (tokens[at - 1]?.norm === "the" && tokens[at - 2]?.norm === "than")
  );
}

/** "including X", "such as X", "represented by X", "namely, X": a lexicon cue right before */
function introducesExamples(tokens: readonly LexToken[], at: number): boolean {
  const before = tokens[at - 1]?.norm === "," ? at - 1 : at;
  return hitEndingAt(tokens, before, "exampleCue") >= 0;
}

function modifiesNext(tokens: readonly LexToken[], after: number, nodes: readonly Node[]): boolean {
  if (!isPossessive(tokens, after)) return false;
  const next = nodes.find((n) => n.first >= after);
  return next !== undefined && next.first === after + 2 && entitiesIn(next).length > 0;
}

function isPossessive(tokens: readonly LexToken[], after: number): boolean {
  const t = tokens[after]?.norm;
  return (t === "'" || t === "’") && tokens[after + 1]?.norm === "s";
}

/** A flow word right after the name, as its modifier: "U.S. imports". */
function flowRightAfter(nodes: readonly Node[], after: number): boolean {
  const next = nodes.find((n) => n.first >= after);
  return next?.kind === "FlowTerm" && next.first === after;
}

/** China named after a partner preposition ("from China", "to China"): the counterpart. */
function chinaAsCounterpart(nodes: readonly Node[], tokens: readonly LexToken[]): boolean {
  return nodes.some(
    (n) =>
      n.kind === "Entity" &&
      n.value.id === CHINA &&
      senseAt(tokens, n.first - 1, "partnerPrep") !== null,
  );
}

function nextIsFlow(nodes: readonly Node[], after: number): boolean {
  const next = nodes.find((n) => n.first >= after);
  return next?.kind === "FlowTerm" && next.first <= after + 2;
}
