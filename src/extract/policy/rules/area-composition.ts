/**
 * PART_OF for the places an area is made of, stated either way round: "The Greater Bay Area
 * comprises Hong Kong, Macao and nine cities in Guangdong", "Hong Kong and Macao are part of
 * the Greater Bay Area", "Macao, as part of the Greater Bay Area, …".
 *
 * Why the guards (data: cues.composedOf, cues.partOf): the whole must be a region and the
 * parts places named right after the phrase, or right before it as the clause's subject; a
 * bloc with a published member list must hold the member ("Japan is part of ASEAN" is not
 * read). China is never a part, and "exports to Macao are part of the area's trade" names
 * Macao outside the phrase.
 */
import type { Item, Link, PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { between, ent, link, norms, subjectPosition } from "./helpers.js";

const { composedOf, partOf } = policyVocabulary().cues;
const FIRST_WORDS = [...composedOf, ...partOf].map((k) => k.split(" ")[0]);

/** A part fits its whole: not China, not the whole, in the member list when the whole has one. */
function fits(part: Item, whole: Item): boolean {
  if (part.id === "country:CHN" || part.id === whole.id || part.pronoun) return false;
  const members = whole.info.members ?? [];
  const code = part.info.codes.iso3 ?? part.info.codes.iso3166_2;
  return members.length === 0 || (code !== undefined && members.includes(code));
}

function partsOf(parts: Item[], wholes: Item[]): Link[] {
  return wholes
    .filter((w) => w.type === "Region")
    .flatMap((w) => parts.filter((p) => fits(p, w)).map((p) => link(p.id, "PART_OF", w.id)));
}

export const areaComposition: PolicyRule = {
  name: "area-composition",
  pattern: [
    { ent: ["Region", "Country", "Zone"], as: "first" },
    { gap: 1, overVerb: false },
    { words: FIRST_WORDS, as: "cue" },
    { gap: 4, overVerb: false },
    { ent: ["Region", "Country", "Zone"], as: "second" },
  ],
  produce(view, caps) {
    const [f, cue, s] = ["first", "cue", "second"].map((k) => caps.get(k) as number);
    if (!subjectPosition(view, f)) return [];
    // "Hong Kong, as part of the Greater Bay Area, …": an apposition opens with its comma
    const gap = between(view, f, cue);
    const apposition = gap.length === 1 && gap[0].norm === "," && view.pieces[cue].norm === "as";
    if (!apposition && gap.some((p) => p.kind !== "adverb" && p.kind !== "word")) return [];
    const phrase = norms(view.pieces.slice(cue, s));
    const key = (phrase[phrase.length - 1] === "the" ? phrase.slice(0, -1) : phrase).join(" ");
    const [first, second] = [ent(view, caps, "first").items, ent(view, caps, "second").items];
    if (composedOf.has(key)) return partsOf(second, first);
    if (partOf.has(key)) return partsOf(first, second);
    return [];
  },
  examples: [
    {
      sentence:
        "The Guangdong-Hong Kong-Macao Greater Bay Area comprises Hong Kong, Macao and nine cities in Guangdong.",
      links: [
        ["country:HKG", "PART_OF", "region:guangdong-hong-kong-macao-greater-bay-area"],
        ["country:MAC", "PART_OF", "region:guangdong-hong-kong-macao-greater-bay-area"],
      ],
    },
    {
      sentence: "Hong Kong and Macao are part of the Guangdong-Hong Kong-Macao Greater Bay Area.",
      links: [
        ["country:HKG", "PART_OF", "region:guangdong-hong-kong-macao-greater-bay-area"],
        ["country:MAC", "PART_OF", "region:guangdong-hong-kong-macao-greater-bay-area"],
      ],
    },
    {
      sentence: "Macao, as part of the Greater Bay Area, lowered its port fees.",
      links: [["country:MAC", "PART_OF", "region:guangdong-hong-kong-macao-greater-bay-area"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Macao cut fees, as part of the Greater Bay Area's plan.",
      notLinked: [["country:MAC", "region:guangdong-hong-kong-macao-greater-bay-area"]],
    },
    {
      sentence: "Japan is part of ASEAN's largest trading partners.",
      notLinked: [["country:JPN", "region:asean"]],
    },
    {
      sentence: "Exports to Macao are part of the Greater Bay Area's trade.",
      notLinked: [["country:MAC", "region:guangdong-hong-kong-macao-greater-bay-area"]],
    },
    {
      sentence: "China belongs to the Belt and Road countries.",
      notLinked: [["country:CHN", "region:belt-and-road-countries"]],
    },
  ],
};
