/**
 * APPLIES_TO from a measure's own name: "Hainan Free Trade Port Zero-Tariff List" targets the
 * port, "Measures for Comprehensive Bonded Zones" the zones, "China-Japan-South Korea Free
 * Trade Area" the partners it is with.
 *
 * Why China is left out: it is the party acting in these texts; an agreement named after it
 * targets its counterparts. A city in a title says where it was made, not what it covers.
 */
import type { Link, PolicyRule } from "../types.js";
import { ent, link } from "./helpers.js";

export const namedTarget: PolicyRule = {
  name: "named-target",
  pattern: [{ ent: ["Measure"], as: "measure" }],
  produce(view, caps) {
    const out: Link[] = [];
    for (const m of ent(view, caps, "measure").items) {
      if (m.type !== "Measure") continue;
      for (const t of view.mentions) {
        if (t.start < m.start || t.end > m.end || (t.start === m.start && t.end === m.end))
          continue;
        const e = t.entity;
        const target =
          e.type === "Zone" ||
          e.type === "Commodity" ||
          (e.type === "Region" && e.kind !== "CITY") ||
          (e.type === "Country" && e.id !== "country:CHN" && m.kind === "AGREEMENT");
        if (target) out.push(link(m.id, "APPLIES_TO", e.id));
      }
    }
    return out;
  },
  examples: [
    {
      sentence:
        "The Measures for the Supervision of Comprehensive Bonded Zones take effect next month.",
      links: [
        [
          "measure:measures-for-the-supervision-of-comprehensive-bonded-zones",
          "APPLIES_TO",
          "zone:comprehensive-bonded-zones",
        ],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "The China Trade Facilitation Plan was published.",
      notLinked: [["measure:china-trade-facilitation-plan", "country:CHN"]],
    },
  ],
};
