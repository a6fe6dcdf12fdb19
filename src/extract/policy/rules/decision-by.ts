/**
 * SUPPORTS for a zone or area whose building is called an agency's decision: "building the
 * Hainan Free Trade Port is a major decision made by the State Council", "developing the pilot
 * free trade zones is a strategic move of the CPC Central Committee".
 *
 * Why the copula and the decision noun are required (data: cues.decisionNouns): the sentence
 * says the agency chose to develop the place; a place merely named near an agency ("zones
 * visited by the State Council") is not backed by it.
 */
import type { PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { ACTOR, between, ent, link, norms } from "./helpers.js";

const COPULA = new Set(["is", "was", "remains", "has", "been", "be"]);

export const decisionBy: PolicyRule = {
  name: "decision-by",
  pattern: [
    { ent: ["Zone", "Region"], as: "place" },
    { gap: 2, overVerb: false },
    { words: ["a", "an", "the"], as: "article" },
    { gap: 4, overVerb: false },
    { words: [...policyVocabulary().cues.decisionNouns], as: "noun" },
    { gap: 2, overVerb: true },
    { words: ["by", "of"] },
    { gap: 1, overVerb: false },
    { ent: ACTOR, as: "agency" },
  ],
  produce(view, caps) {
    const copula = norms(between(view, caps.get("place") as number, caps.get("article") as number));
    if (!copula.some((w) => COPULA.has(w))) return [];
    const places = ent(view, caps, "place").items.filter(
      (p) => p.type === "Zone" || p.kind === "DOMESTIC_AREA",
    );
    const agencies = ent(view, caps, "agency").items.filter((a) => a.type === "Agency");
    return agencies.flatMap((a) => places.map((p) => link(a.id, "SUPPORTS", p.id)));
  },
  examples: [
    {
      sentence:
        "Building the comprehensive bonded zones is a major decision made by the State Council.",
      links: [["agency:state-council", "SUPPORTS", "zone:comprehensive-bonded-zones"]],
    },
  ],
  counterExamples: [
    {
      sentence: "The comprehensive bonded zones were visited by the State Council.",
      notLinked: [["agency:state-council", "zone:comprehensive-bonded-zones"]],
    },
    {
      sentence:
        "The comprehensive bonded zones reported a measure of growth, the State Council said.",
      notLinked: [["agency:state-council", "zone:comprehensive-bonded-zones"]],
    },
  ],
};
