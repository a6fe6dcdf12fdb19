/**
 * PART_OF for a member whose apposition names its bloc: "Thailand, an ASEAN member, …",
 * "Brazil and India, both BRICS members, …".
 *
 * Why the same check as bloc-members: a country set beside "a … member" belongs to the bloc
 * only when the bloc's published member list holds it; between the comma and the bloc only
 * an article or "both" may stand, so "Japan, a partner of ASEAN members" is no member.
 */
import type { Item, PolicyRule } from "../types.js";
import { memberOf } from "./bloc-members.js";
import { between, ent, link, norms } from "./helpers.js";

const OPENERS = new Set(["a", "an", "both", "all", "fellow"]);

export const memberApposition: PolicyRule = {
  name: "member-apposition",
  pattern: [
    { ent: ["Country"], as: "members" },
    { words: [","], as: "comma" },
    { gap: 2, overVerb: false },
    { ent: ["Region"], as: "bloc" },
    { words: ["member", "members"] },
  ],
  produce(view, caps) {
    const words = norms(between(view, caps.get("comma") as number, caps.get("bloc") as number));
    if (words.some((w) => !OPENERS.has(w))) return [];
    const bloc = ent(view, caps, "bloc").items[0] as Item;
    return ent(view, caps, "members")
      .items.filter((c) => memberOf(c, bloc))
      .map((c) => link(c.id, "PART_OF", bloc.id));
  },
  examples: [
    {
      sentence: "Thailand, an ASEAN member, increased rice exports.",
      links: [["country:THA", "PART_OF", "region:asean"]],
    },
    {
      sentence: "Brazil and India, both BRICS members, bought more machinery.",
      links: [
        ["country:BRA", "PART_OF", "region:brics"],
        ["country:IND", "PART_OF", "region:brics"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "Japan, a partner of many ASEAN members, increased rice exports.",
      notLinked: [["country:JPN", "region:asean"]],
    },
    {
      sentence: "Trade with Japan, an ASEAN member, grew.",
      notLinked: [["country:JPN", "region:asean"]],
    },
  ],
};
