/**
 * PART_OF for a zone named by its category and its place ("the PFTZ in Guangdong", "the
 * comprehensive bonded zone in Hefei"): the zone is one of that category, and it lies in that
 * place.
 *
 * Why from the mention layer: entities/zone-in-place.ts makes such a zone only for a category
 * in the singular with "the" and one place after "in" ("the pilot free trade zones in A and
 * B" names no single zone); the category and the place stay as mentions nested in it, so both
 * links are read from the mentions, with no second reading of the words.
 */
import type { DocumentLink, DocumentRule } from "../types.js";

export const categoryZone: DocumentRule = {
  name: "category-zone",
  produce(doc) {
    const out: DocumentLink[] = [];
    for (const z of doc.mentions) {
      if (z.source !== "zone-in-place" || z.entity.type !== "Zone") continue;
      for (const m of doc.mentions) {
        if (!m.nested || m.start < z.start || m.end > z.end) continue;
        const e = m.entity;
        const whole =
          (e.type === "Zone" && e.kind === "ZONE_CATEGORY") ||
          (e.type === "Region" && e.kind !== null);
        if (whole) out.push({ subject: z.entity.id, predicate: "PART_OF", object: e.id, at: z });
      }
    }
    return out;
  },
  examples: [
    {
      sentence: "For example, the pilot free trade zone in Fujian cut clearance times.",
      links: [
        ["zone:fujian-pilot-free-trade-zone", "PART_OF", "zone:pilot-free-trade-zones"],
        ["zone:fujian-pilot-free-trade-zone", "PART_OF", "region:CN-FJ"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "The pilot free trade zones in Fujian and Hainan cut clearance times.",
      notLinked: [["zone:fujian-pilot-free-trade-zone", "region:CN-FJ"]],
    },
  ],
};
