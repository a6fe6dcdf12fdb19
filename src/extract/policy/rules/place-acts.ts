/**
 * APPLIES_TO for a place of China that carries a measure out: "Yunnan has stepped up efforts
 * to build the Belt and Road", "the Yangtze River Delta implemented the two-step declaration"
 * — the measure reaches that place.
 *
 * Why only verbs of carrying out or backing, and only places of China: a province that
 * "issued" a plan speaks through its government (an agency the text may name); a foreign
 * country acting is an actor (actor-acts), not a target.
 */
import type { Link, PolicyRule } from "../types.js";
import { ent, link, opensClause, subjectPosition } from "./helpers.js";

const DOMESTIC = ["PROVINCE", "MUNICIPALITY", "CITY", "DOMESTIC_AREA"];

export const placeActs: PolicyRule = {
  name: "place-acts",
  pattern: [
    { ent: ["Region", "Zone"], every: true, as: "place" },
    { gap: 5, overVerb: false },
    { verb: ["IMPLEMENT", "SUPPORT"], as: "verb" },
    { gap: 3, overVerb: false },
    { ent: ["Measure"], as: "measures" },
  ],
  produce(view, caps) {
    const at = caps.get("place") as number;
    if (!subjectPosition(view, at) || opensClause(view, caps.get("measures") as number)) return [];
    const places = ent(view, caps, "place").items.filter(
      (p) => p.type === "Zone" || DOMESTIC.includes(p.kind ?? ""),
    );
    const out: Link[] = [];
    for (const m of ent(view, caps, "measures").items)
      if (m.type === "Measure") for (const p of places) out.push(link(m.id, "APPLIES_TO", p.id));
    return out;
  },
  examples: [
    {
      sentence: "Yunnan province has stepped up efforts to build the Belt and Road Initiative.",
      links: [["measure:belt-and-road-initiative", "APPLIES_TO", "region:CN-YN"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Yunnan province issued the Belt and Road Initiative guide.",
      notLinked: [["measure:belt-and-road-initiative", "region:CN-YN"]],
    },
    {
      sentence: "Exports from Yunnan province helped the Belt and Road Initiative.",
      notLinked: [["measure:belt-and-road-initiative", "region:CN-YN"]],
    },
  ],
};
