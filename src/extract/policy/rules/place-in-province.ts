/**
 * PART_OF for a city in its province: "Changsha, central China's Hunan Province", "Wuhan,
 * capital of Hubei", "Ningbo in Zhejiang province".
 *
 * Why the reference data decides: the city list records each city's province, so a city and
 * the province it lies in, named within a short phrase or after an apposition describing the
 * city, are linked; a city next to another province is not.
 */
import type { Piece, PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { between, crossesClause, ent, isChina, link } from "./helpers.js";

/** ", a …" / ", the …" / ", capital of …": the words describe the city before naming where it lies. */
function appositionOpens(gap: Piece[]): boolean {
  const [comma, article] = gap;
  return (
    comma?.kind === "punct" &&
    comma.norm === "," &&
    article !== undefined &&
    "norm" in article &&
    (["a", "an", "the"].includes(article.norm) ||
      policyVocabulary().cues.bareAppositions.has(article.norm)) &&
    // the apposition runs on to the province: a second comma closed it before
    !gap.slice(1).some((p) => p.kind === "punct" && p.norm === ",")
  );
}

export const placeInProvince: PolicyRule = {
  name: "place-in-province",
  pattern: [
    { ent: ["Region"], kinds: ["CITY"], as: "city" },
    { gap: 12, overVerb: false, overEnt: true, as: "gap" },
    { ent: ["Region"], kinds: ["PROVINCE", "MUNICIPALITY"], as: "province" },
  ],
  produce(view, caps) {
    // only China may be named between ("Wuhan, China's Hubei"), never another place
    const gap = between(view, caps.get("city") as number, caps.get("province") as number);
    if (gap.some((p) => p.kind === "ent" && !p.items.every(isChina))) return [];
    // a longer phrase is an apposition ("Suifenhe, a border city in northeast China's …")
    if (gap.length > 5 && (!appositionOpens(gap) || crossesClause(gap))) return [];
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
    {
      sentence: "Exports from Qingdao, a major port city in east China's Shandong province, rose.",
      links: [["region:qingdao", "PART_OF", "region:CN-SD"]],
    },
    {
      sentence:
        "Nanning, capital of south China's Guangxi Zhuang Autonomous Region, hosted the fair.",
      links: [["region:nanning", "PART_OF", "region:CN-GX"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Goods moved from Changsha to Guangdong Province.",
      notLinked: [["region:changsha", "region:CN-GD"]],
    },
    {
      sentence: "Goods left Qingdao yesterday for markets and ports far beyond Shandong province.",
      notLinked: [["region:qingdao", "region:CN-SD"]],
    },
  ],
};
