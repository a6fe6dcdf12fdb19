/**
 * PART_OF for a named zone and the kind of zone it is, named in one sentence: "with the
 * approval of the Wuhu Comprehensive Bonded Zone, the country has 160 comprehensive bonded
 * zones" → the Wuhu zone is one of the comprehensive bonded zones.
 *
 * Why the zone data decides: each category records the kind of its members (zones.json
 * memberKind), and the mention layer gives a named zone its kind from its name; a zone of
 * another kind named beside the category ("the Hainan Free Trade Port and the comprehensive
 * bonded zones") is not linked, nor a zone the mention layer made of a place in a list ("four
 * new comprehensive bonded zones in Wuhu and Jiaxing": the list states their places).
 */
import type { Mention } from "../../entities/index.js";
import type { Link, PolicyRule } from "../types.js";
import { ent, link } from "./helpers.js";

/** "Wuhu Comprehensive Bonded Zone" written out, not a zone the mention layer made of "in Wuhu". */
function namedInFull(surface: string, name: string): boolean {
  const last = (s: string) => s.trim().split(/\s+/).at(-1)?.toLowerCase();
  return last(surface) === last(name);
}

/** A category named with a zone of its members' kind among the sentence's mentions. */
function categoryWithZone(cat: Mention, inside: readonly Mention[]): boolean {
  const kind = cat.entity.memberKind;
  if (cat.entity.kind !== "ZONE_CATEGORY" || !kind) return false;
  return inside.some((m) => m.entity.type === "Zone" && m.entity.kind === kind);
}

export const zoneOfCategory: PolicyRule = {
  name: "zone-of-category",
  pattern: [{ ent: ["Zone"], kinds: ["ZONE_CATEGORY"], as: "category" }],
  mayApply: ({ top, inside }) => top.some((m) => categoryWithZone(m, inside)),
  produce(view, caps) {
    const out: Link[] = [];
    for (const cat of ent(view, caps, "category").items) {
      const kind = cat.info.memberKind;
      if (cat.kind !== "ZONE_CATEGORY" || !kind) continue;
      for (const m of view.mentions)
        if (
          m.entity.type === "Zone" &&
          m.entity.kind === kind &&
          namedInFull(m.surface, m.entity.name)
        )
          out.push(link(m.entity.id, "PART_OF", cat.id));
    }
    return out;
  },
  examples: [
    {
      sentence:
        "After the Wuhu Comprehensive Bonded Zone was approved, there were 160 comprehensive bonded zones.",
      links: [
        ["zone:wuhu-comprehensive-bonded-zone", "PART_OF", "zone:comprehensive-bonded-zones"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence:
        "The Hainan Free Trade Port and the comprehensive bonded zones both expanded imports.",
      notLinked: [["zone:hainan-free-trade-port", "zone:comprehensive-bonded-zones"]],
    },
    {
      sentence:
        "The government approved two new comprehensive bonded zones in Wuhu in Anhui province and Jiaxing in Zhejiang province.",
      notLinked: [["zone:wuhu-comprehensive-bonded-zone", "zone:comprehensive-bonded-zones"]],
    },
  ],
};
