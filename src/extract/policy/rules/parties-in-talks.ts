/**
 * COOPERATES_WITH for parties named together as the subject of talks: "China and Peru held
 * talks on the free trade agreement", "the two ministries and the EU began consultations".
 *
 * Why the parties must be the clause's subject and the noun close after them (data:
 * cues.talks): talks held by a list are held between its members; a list that is the object of
 * a preposition ("trade with China and Peru grew after talks") holds no talks, and a verb of
 * another act between the list and the noun makes it another statement.
 */
import type { PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { ACTOR, ent, pairs, subjectPosition } from "./helpers.js";

export const partiesInTalks: PolicyRule = {
  name: "parties-in-talks",
  pattern: [
    { ent: ACTOR, every: true, as: "parties" },
    { gap: 3, overVerb: false },
    { words: [...policyVocabulary().cues.talks], as: "noun" },
  ],
  produce(view, caps) {
    const at = caps.get("parties") as number;
    if (!subjectPosition(view, at)) return [];
    const ids = ent(view, caps, "parties")
      .items.filter((x) => !x.pronoun)
      .map((x) => x.id);
    return ids.length >= 2 ? pairs(ids, "COOPERATES_WITH") : [];
  },
  examples: [
    {
      sentence: "China and Peru held talks on the China-Peru Free Trade Agreement last week.",
      links: [["country:CHN", "COOPERATES_WITH", "country:PER"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Trade with China and Peru grew after talks ended.",
      notLinked: [["country:CHN", "country:PER"]],
    },
  ],
};
