/**
 * COOPERATES_WITH in the passive voice: "jointly organised by A and B", "co-hosted by A and B",
 * "signed by A and B".
 *
 * Why apart from passive-by: the thing organised is often not a named measure ("the forum was
 * jointly held by …"); the joint act alone links the agents.
 */
import type { PolicyRule } from "../types.js";
import { ACTOR, ent, pairs } from "./helpers.js";

export const jointBy: PolicyRule = {
  name: "joint-by",
  pattern: [
    { anyOf: [{ adverb: ["JOINT"] }, { verb: ["JOINT", "SIGN"] }] },
    { gap: 1 },
    { words: ["by"] },
    { gap: 1, overVerb: false },
    { ent: ACTOR, as: "agents" },
  ],
  produce(view, caps) {
    return pairs(
      ent(view, caps, "agents")
        .items.filter((i) => ACTOR.includes(i.type))
        .map((i) => i.id),
      "COOPERATES_WITH",
    );
  },
  examples: [
    {
      sentence:
        "The seminar was jointly organised by the Asian Development Bank and the World Bank.",
      links: [["agency:asian-development-bank", "COOPERATES_WITH", "agency:world-bank"]],
    },
  ],
  counterExamples: [
    {
      sentence: "The figures were released by the Asian Development Bank and the World Bank.",
      notLinked: [["agency:asian-development-bank", "agency:world-bank"]],
    },
  ],
};
