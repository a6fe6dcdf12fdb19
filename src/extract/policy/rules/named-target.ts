/**
 * APPLIES_TO from a measure's own name: "Hainan Free Trade Port Zero-Tariff List" targets the
 * port, "Measures for Comprehensive Bonded Zones" the zones, "China-Japan-South Korea Free
 * Trade Area" the partners it is with.
 *
 * Why China is left out: it is the party acting in these texts; an agreement named after it
 * targets its counterparts. A city in a title says where it was made, not what it covers; a
 * place that begins a zone's name ("Hainan" in "… of Hainan Free Trade Port") is not the
 * target, the zone is; an event's name ("the BRICS Summit") names its host, not a target.
 */
import zoneData from "../../../../data/zones.json" with { type: "json" };
import type { Mention } from "../../entities/index.js";
import type { Link, PolicyRule } from "../types.js";
import { ent, link } from "./helpers.js";

/** "Hainan Free Trade Port": a place followed by a zone's suffix is part of the zone's name */
const ZONE_SUFFIXES = zoneData.shapes.map((s) => s.suffix.toLowerCase());
function opensZoneName(text: string, end: number): boolean {
  const after = text.slice(end, end + 60).toLowerCase();
  return ZONE_SUFFIXES.some((s) => after.startsWith(` ${s}`));
}

/** A measure's name (no event's) holding another mention: only then can a title name a target. */
function holdsName(m: Mention, inside: readonly Mention[]): boolean {
  if (m.entity.type !== "Measure" || m.entity.kind === "EXPO") return false;
  for (const t of inside)
    if (t.start >= m.start && t.end <= m.end && (t.start !== m.start || t.end !== m.end))
      return true;
  return false;
}

export const namedTarget: PolicyRule = {
  name: "named-target",
  pattern: [{ ent: ["Measure"], as: "measure" }],
  mayApply: ({ top, inside }) => top.some((m) => holdsName(m, inside)),
  produce(view, caps) {
    const out: Link[] = [];
    for (const m of ent(view, caps, "measure").items) {
      // an event's name says who holds it or where, not what it covers ("the BRICS Summit")
      if (m.type !== "Measure" || m.kind === "EXPO") continue;
      for (const t of view.mentions) {
        if (t.start < m.start || t.end > m.end || (t.start === m.start && t.end === m.end))
          continue;
        const e = t.entity;
        // "the Plan for the Shanghai Pilot Free Trade Zone": a category in the singular names one
        // zone of it (which the title names), not the category
        const oneZone = e.kind === "ZONE_CATEGORY" && !/s$/i.test(t.surface);
        const target =
          (e.type === "Zone" && !oneZone) ||
          e.type === "Commodity" ||
          (e.type === "Region" && e.kind !== "CITY") ||
          (e.type === "Country" && e.id !== "country:CHN" && m.kind === "AGREEMENT");
        if (target && !(e.type === "Region" && opensZoneName(view.text, t.end)))
          out.push(link(m.id, "APPLIES_TO", e.id));
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
    {
      sentence: "Customs unveiled 12 measures to support the Jiangxi Pilot Free Trade Zone.",
      links: [
        [
          "measure:12-measures-to-support-the-jiangxi-pilot-free-trade-zone",
          "APPLIES_TO",
          "zone:jiangxi-pilot-free-trade-zone",
        ],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "The China Trade Facilitation Plan was published.",
      notLinked: [["measure:china-trade-facilitation-plan", "country:CHN"]],
    },
    {
      sentence: "Leaders met at the 9th SCO Summit in June.",
      notLinked: [["measure:9th-sco-summit", "region:sco"]],
    },
    {
      sentence:
        "The State Council approved the Overall Plan for the Qingdao Pilot Free Trade Zone.",
      notLinked: [
        [
          "measure:overall-plan-for-the-qingdao-pilot-free-trade-zone",
          "zone:pilot-free-trade-zones",
        ],
      ],
    },
    {
      sentence: "The Master Plan for the Building of Fujian Free Trade Port was approved.",
      notLinked: [
        ["measure:master-plan-for-the-building-of-fujian-free-trade-port", "region:CN-FJ"],
      ],
    },
  ],
};
