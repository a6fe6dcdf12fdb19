/**
 * A measure signed between parties, in the passive: "the agreement was signed between China
 * and Ecuador" → each party ISSUED it (gold convention for signatories) and they cooperate.
 *
 * Why only signing: "between" after a verb of signing names the signatories; after other
 * verbs ("trade rose between …", "implemented between ports") it names where or among whom,
 * not who acted. What is signed must be an agreement (as in actor-acts).
 */
import type { PolicyRule } from "../types.js";
import { ACTOR, ent, link, pairs } from "./helpers.js";

export const signedBetween: PolicyRule = {
  name: "signed-between",
  pattern: [
    { ent: ["Measure"], as: "measure" },
    { gap: 4, overVerb: false },
    { verb: ["SIGN"], as: "verb" },
    { words: ["between"] },
    { gap: 1, overVerb: false },
    { ent: ACTOR, every: true, as: "parties" },
  ],
  produce(view, caps) {
    const parties = ent(view, caps, "parties")
      .items.filter((i) => !i.pronoun)
      .map((i) => i.id);
    if (parties.length < 2) return [];
    const agreements = ent(view, caps, "measure").items.filter(
      (i) => i.type === "Measure" && i.kind === "AGREEMENT",
    );
    return [
      ...agreements.flatMap((m) => parties.map((p) => link(p, "ISSUED", m.id))),
      ...pairs(parties, "COOPERATES_WITH"),
    ];
  },
  examples: [
    {
      sentence:
        "The China-Ecuador Free Trade Agreement was signed between China and Ecuador in May.",
      links: [
        ["country:CHN", "ISSUED", "measure:china-ecuador-free-trade-agreement"],
        ["country:ECU", "ISSUED", "measure:china-ecuador-free-trade-agreement"],
        ["country:CHN", "COOPERATES_WITH", "country:ECU"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence:
        "The China-Ecuador Free Trade Agreement was implemented between China and Ecuador in May.",
      notLinked: [["country:CHN", "country:ECU"]],
    },
  ],
};
