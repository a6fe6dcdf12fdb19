/**
 * PART_OF for provinces listed with the domestic area they belong to: "the Yangtze River
 * Delta, including Jiangsu and Zhejiang".
 *
 * Why the reference data decides: the area's member list (State Council regional strategies)
 * says which provinces are in it; the cue word says the text lists them as parts.
 */
import type { PolicyRule } from "../types.js";
import { ent, link } from "./helpers.js";

const CUES = new Set(["including", "such", "namely", "among", "all", ":", "covering"]);

export const areaProvinces: PolicyRule = {
  name: "area-provinces",
  pattern: [
    { ent: ["Region"], kinds: ["DOMESTIC_AREA"], as: "area" },
    { gap: 4, overVerb: false, as: "gap" },
    { ent: ["Region"], kinds: ["PROVINCE", "MUNICIPALITY"], as: "provinces" },
  ],
  produce(view, caps) {
    const gap = view.pieces.slice((caps.get("area") as number) + 1, caps.get("provinces"));
    if (!gap.some((p) => "norm" in p && CUES.has(p.norm))) return [];
    const area = ent(view, caps, "area").items.at(-1);
    if (!area?.info.members) return [];
    return ent(view, caps, "provinces")
      .items.filter(
        (p) => p.info.codes.iso3166_2 && area.info.members?.includes(p.info.codes.iso3166_2),
      )
      .map((p) => link(p.id, "PART_OF", area.id));
  },
  examples: [
    {
      sentence: "The Yangtze River Delta, including Jiangsu, Zhejiang and Anhui, led growth.",
      links: [
        ["region:CN-JS", "PART_OF", "region:yangtze-river-delta"],
        ["region:CN-ZJ", "PART_OF", "region:yangtze-river-delta"],
        ["region:CN-AH", "PART_OF", "region:yangtze-river-delta"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "The Yangtze River Delta, including Guangdong, led growth.",
      notLinked: [["region:CN-GD", "region:yangtze-river-delta"]],
    },
  ],
};
