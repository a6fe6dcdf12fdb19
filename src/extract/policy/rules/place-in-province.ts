/**
 * PART_OF for a city in its province: "Changsha, central China's Hunan Province", "Wuhan,
 * capital of Hubei", "Ningbo in Zhejiang province".
 *
 * Why the reference data decides: the city list records each city's province, so a city and
 * the province it lies in, named within a short phrase, are linked; a city next to another
 * province is not.
 */
import type { PolicyRule } from "../types.js";
import { between, ent, isChina, link } from "./helpers.js";

export const placeInProvince: PolicyRule = {
  name: "place-in-province",
  pattern: [
    { ent: ["Region"], kinds: ["CITY"], as: "city" },
    { gap: 5, overVerb: false, overEnt: true, as: "gap" },
    { ent: ["Region"], kinds: ["PROVINCE", "MUNICIPALITY"], as: "province" },
  ],
  produce(view, caps) {
    // only China may be named between ("Wuhan, China's Hubei"), never another place
    const gap = between(view, caps.get("city") as number, caps.get("province") as number);
    if (gap.some((p) => p.kind === "ent" && !p.items.every(isChina))) return [];
    const province = ent(view, caps, "province").items[0];
    const code = province.info.codes.iso3166_2;
    return ent(view, caps, "city")
      .items.filter((c) => c.kind === "CITY" && code && c.info.province === code)
      .map((c) => link(c.id, "PART_OF", province.id));
  },
  examples: [
    {
      sentence: "Exports from Changsha, central China's Hunan Province, rose.",
      links: [["region:changsha", "PART_OF", "region:CN-HN"]],
    },
    {
      sentence: "Factories in Wuhan, China's Hubei Province, reopened.",
      links: [["region:wuhan", "PART_OF", "region:CN-HB"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Goods moved from Changsha to Guangdong Province.",
      notLinked: [["region:changsha", "region:CN-GD"]],
    },
  ],
};
