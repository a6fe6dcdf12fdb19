/**
 * PART_OF for kinds of zones listed under a broader kind: "six types of special customs
 * supervision zones: bonded zones, export processing zones and …".
 *
 * Why a colon or "including" is required: zone kinds named side by side are a list of peers.
 */
import type { Link, PolicyRule } from "../types.js";
import { ent, link } from "./helpers.js";

export const zoneCategoryList: PolicyRule = {
  name: "zone-category-list",
  pattern: [
    { ent: ["Zone"], kinds: ["ZONE_CATEGORY"], as: "head" },
    { gap: 3, overVerb: false, as: "gap" },
    { ent: ["Zone"], kinds: ["ZONE_CATEGORY"], every: true, as: "members" },
  ],
  produce(view, caps) {
    const gap = view.pieces.slice((caps.get("head") as number) + 1, caps.get("members"));
    const cue = gap.some((p) => "norm" in p && (p.norm === ":" || p.norm === "including"));
    if (!cue || gap.some((p) => "norm" in p && p.norm === "and")) return [];
    const head = ent(view, caps, "head").items.at(-1);
    if (!head) return [];
    const out: Link[] = [];
    for (const m of ent(view, caps, "members").items)
      if (m.id !== head.id) out.push(link(m.id, "PART_OF", head.id));
    return out;
  },
  examples: [
    {
      sentence:
        "There are several special customs supervision zones: bonded zones, export processing zones and bonded logistics parks.",
      links: [
        ["zone:bonded-zones", "PART_OF", "zone:special-customs-supervision-zones"],
        ["zone:export-processing-zones", "PART_OF", "zone:special-customs-supervision-zones"],
        ["zone:bonded-logistics-parks", "PART_OF", "zone:special-customs-supervision-zones"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "Bonded zones and export processing zones grew.",
      notLinked: [["zone:bonded-zones", "zone:export-processing-zones"]],
    },
  ],
};
