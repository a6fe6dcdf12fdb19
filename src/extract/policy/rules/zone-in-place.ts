/**
 * PART_OF for a zone or port in a place: "Yantian Port in Shenzhen", "the Hengqin zone in
 * China's Guangdong province".
 *
 * Between "in" and the place only a locator may stand ("in east China's Zhejiang Province").
 *
 * Why only "in"/"at" right after the zone, after a copula ("is located in": data:
 * cues.locatedIn) or after a comma opening an apposition ("Khunjerab
 * Pass, a land port on the border in China's Xinjiang"): a zone named beside a place without
 * a preposition may be a list ("the Hainan Free Trade Port, Guangdong and Fujian"), and a
 * zone that ships "to ports in X" is not in X.
 */
import type { Piece, PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { between, ent, link, locatorOnly } from "./helpers.js";

/** "is", "is located", "lies": words only, the copula saying where the zone lies */
function copula(gap: Piece[]): boolean {
  if (gap.some((p) => p.kind !== "word")) return false;
  return policyVocabulary().cues.locatedIn.has(gap.map((p) => p.norm).join(" "));
}

export const zoneInPlace: PolicyRule = {
  name: "zone-in-place",
  pattern: [
    { ent: ["Zone"], notKinds: ["ZONE_CATEGORY"], as: "zone" },
    { gap: 12, overEnt: true, overVerb: false, as: "apposition" },
    { words: ["in", "at"], as: "prep" },
    { gap: 5, overVerb: false, overEnt: true },
    { ent: ["Region"], kinds: ["PROVINCE", "MUNICIPALITY", "CITY"], as: "place" },
  ],
  produce(view, caps) {
    // "in east China's Zhejiang": only words that say where the place lies come between
    if (!locatorOnly(between(view, caps.get("prep") as number, caps.get("place") as number)))
      return [];
    // right after the zone, after a copula, or after an apposition ("X, a land port on the border in …")
    const gap = view.pieces.slice((caps.get("zone") as number) + 1, caps.get("prep"));
    const apposition = gap[0]?.kind === "punct" && gap[0].norm === ",";
    if (gap.length > 0 && !apposition && !copula(gap)) return [];
    const zones = ent(view, caps, "zone").items;
    const place = ent(view, caps, "place").items[0];
    return zones
      .filter((z) => z.type === "Zone" && z.kind !== "ZONE_CATEGORY")
      .map((z) => link(z.id, "PART_OF", place.id));
  },
  examples: [
    {
      sentence: "Yantian Port in Shenzhen handled more containers.",
      links: [["zone:yantian-port", "PART_OF", "region:shenzhen"]],
    },
    {
      sentence: "Cranes unload ships at Yangshan Port in east China's Shanghai on Monday.",
      links: [["zone:yangshan-port", "PART_OF", "region:CN-SH"]],
    },
    {
      sentence:
        "Workers at Horgos Port, a land crossing on the Kazakh border in China's Xinjiang, cleared trucks.",
      links: [["zone:horgos-port", "PART_OF", "region:CN-XJ"]],
    },
    {
      sentence: "The Hainan Free Trade Port is in Hainan Province.",
      links: [["zone:hainan-free-trade-port", "PART_OF", "region:CN-HI"]],
    },
    {
      sentence: "Yangshan Port is located in east China's Shanghai.",
      links: [["zone:yangshan-port", "PART_OF", "region:CN-SH"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Yantian Port shipped goods to Shanghai.",
      notLinked: [["zone:yantian-port", "region:CN-SH"]],
    },
    {
      sentence: "Yantian Port in Shenzhen and warehouses in Hong Kong and Guangzhou were busy.",
      notLinked: [["zone:yantian-port", "region:guangzhou"]],
    },
    {
      sentence: "Yantian Port is in talks with Shanghai about a shipping route.",
      notLinked: [["zone:yantian-port", "region:CN-SH"]],
    },
    {
      sentence: "Yantian Port is busier than any port in Shanghai.",
      notLinked: [["zone:yantian-port", "region:CN-SH"]],
    },
  ],
};
