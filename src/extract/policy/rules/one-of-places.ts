/**
 * PART_OF for a place called one of a whole's places: "the Greater Bay Area is one of China's
 * most open regions", "Ningbo is one of Zhejiang's busiest ports".
 *
 * Why the closing noun is required (data: cues.placeNouns): "one of China's largest trading
 * partners" or "one of ASEAN's biggest investors" says nothing about where the name lies.
 */
import type { PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { ent, link } from "./helpers.js";

export const oneOfPlaces: PolicyRule = {
  name: "one-of-places",
  pattern: [
    { ent: ["Region", "Zone"], as: "part" },
    { gap: 3, overVerb: false },
    { words: ["one"] },
    { words: ["of"] },
    { gap: 1, overVerb: false },
    { ent: ["Country", "Region"], as: "whole" },
    { words: ["'", "\u2019"] },
    { words: ["s"] },
    { gap: 5, overVerb: false },
    { words: [...policyVocabulary().cues.placeNouns], as: "noun" },
  ],
  produce(view, caps) {
    const wholes = ent(view, caps, "whole").items;
    if (wholes.length !== 1) return [];
    const whole = wholes[0];
    return ent(view, caps, "part")
      .items.filter((p) => p.id !== whole.id && p.type !== "Country")
      .map((p) => link(p.id, "PART_OF", whole.id));
  },
  examples: [
    {
      sentence: "The Yangtze River Delta is one of China's most dynamic regions.",
      links: [["region:yangtze-river-delta", "PART_OF", "country:CHN"]],
    },
    {
      sentence: "Yangshan Port has become one of Shanghai's busiest ports.",
      links: [["zone:yangshan-port", "PART_OF", "region:CN-SH"]],
    },
    {
      sentence: "Exports from Yunnan, one of China's border provinces, rose.",
      links: [["region:CN-YN", "PART_OF", "country:CHN"]],
    },
  ],
  counterExamples: [
    {
      sentence: "ASEAN is one of China's largest trading partners.",
      notLinked: [["region:asean", "country:CHN"]],
    },
  ],
};
