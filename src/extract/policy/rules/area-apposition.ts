/**
 * PART_OF for a province or city described, in apposition, as something "of" or "in" a wider
 * area of China: "Guangdong province, the export powerhouse of South China", "Chengdu, a
 * logistics hub in western China".
 *
 * Why the apposition shape is required (name, comma, article, a few plain words, "of"/"in",
 * the area): it says what the place is; a list ("Guangdong, Fujian and the eastern region") or
 * a clause with its own verb does not.
 */
import type { PolicyRule } from "../types.js";
import { between, ent, link } from "./helpers.js";

export const areaApposition: PolicyRule = {
  name: "area-apposition",
  pattern: [
    { ent: ["Region"], kinds: ["PROVINCE", "MUNICIPALITY", "CITY"], as: "place" },
    { words: [","] },
    { words: ["the", "a", "an"] },
    { gap: 6, overVerb: false, as: "gap" },
    { words: ["of", "in"], as: "prep" },
    { ent: ["Region"], kinds: ["DOMESTIC_AREA"], as: "area" },
  ],
  produce(view, caps) {
    // after ", the": plain words only ("economic and export powerhouse")
    const words = between(view, (caps.get("place") as number) + 2, caps.get("prep") as number);
    if (words.some((p) => p.kind === "punct" && p.norm !== "-")) return [];
    const areas = ent(view, caps, "area").items;
    if (areas.length !== 1) return [];
    return ent(view, caps, "place")
      .items.slice(-1)
      .map((p) => link(p.id, "PART_OF", areas[0].id));
  },
  examples: [
    {
      sentence: "Sichuan province, the economic powerhouse of western China, reported growth.",
      links: [["region:CN-SC", "PART_OF", "region:western-region"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Sichuan province, the central region and Guangdong reported growth.",
      notLinked: [["region:CN-SC", "region:central-region"]],
    },
  ],
};
