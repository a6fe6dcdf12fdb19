/**
 * IMPLEMENTS for the owner a measure is named with: "the WTO's e-commerce negotiations",
 * "Chile's two-step declaration", whether the possessive stands before the measure's name or
 * inside it (the mention layer may take "WTO's e-commerce negotiations" as one name).
 *
 * Why only agencies and countries, and only with "'s": a place's measure ("Hainan's zero-tariff
 * list") names where it applies (other rules), and "China-ASEAN" in a name is no possessive.
 */
import type { Mention } from "../../entities/index.js";
import type { Token } from "../../tokens.js";
import type { Item, Link, PolicyRule, SentenceView } from "../types.js";
import { ACTOR, link } from "./helpers.js";

const POSSESSIVE = /^\s*['\u2019]s\s/;

/** The actor named with "'s" right before piece i, or at the start of the measure's own name. */
function owners(view: SentenceView, i: number, m: Item): string[] {
  const out: string[] = [];
  const [a, b, c] = [view.pieces[i - 3], view.pieces[i - 2], view.pieces[i - 1]];
  if (a?.kind === "ent" && b && "norm" in b && b.norm === "'" && c && "norm" in c && c.norm === "s")
    out.push(...a.items.filter((x) => ACTOR.includes(x.type) && !x.pronoun).map((x) => x.id));
  for (const n of view.mentions)
    if (
      n.nested &&
      n.start === m.start &&
      n.end < m.end &&
      ACTOR.includes(n.entity.type) &&
      POSSESSIVE.test(view.text.slice(n.end, m.end))
    )
      out.push(n.entity.id);
  return out;
}

/** Tokens "'" then "s" somewhere ("Chile's"): a possessive before a name. */
function hasPossessive(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++)
    if (tokens[i].norm === "s" && tokens[i - 1].norm === "'") return true;
  return false;
}

/** An actor's mention nested at the start of a measure's ("WTO's e-commerce negotiations"). */
function ownerInName(m: Mention, inside: readonly Mention[]): boolean {
  if (m.entity.type !== "Measure") return false;
  for (const n of inside)
    if (n.nested && n.start === m.start && n.end < m.end && ACTOR.includes(n.entity.type))
      return true;
  return false;
}

export const ownerOfMeasure: PolicyRule = {
  name: "owner-of-measure",
  pattern: [{ ent: ["Measure"], as: "measure" }],
  mayApply: ({ top, inside, tokens }) =>
    hasPossessive(tokens) || top.some((m) => ownerInName(m, inside)),
  produce(view, caps) {
    const at = caps.get("measure") as number;
    const p = view.pieces[at];
    if (p.kind !== "ent") return [];
    const out: Link[] = [];
    for (const m of p.items.filter((x) => x.type === "Measure"))
      for (const o of owners(view, at, m)) out.push(link(o, "IMPLEMENTS", m.id));
    return out;
  },
  examples: [
    {
      sentence: "Exporters welcomed the World Trade Organization's Trade Facilitation Agreement.",
      links: [["agency:wto", "IMPLEMENTS", "measure:trade-facilitation-agreement"]],
    },
    {
      sentence: "Exporters praised Chile's two-step declaration.",
      links: [["country:CHL", "IMPLEMENTS", "measure:two-step-declaration"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Exports under the China-ASEAN Free Trade Area rose.",
      notLinked: [["country:CHN", "measure:china-asean-free-trade-area"]],
    },
  ],
};
