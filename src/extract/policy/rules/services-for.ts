/**
 * SUPPORTS for an agency serving a place: "the Manzhouli customs has been improving its
 * services for Heilongjiang's economy", "customs offer better services to the Hainan Free Trade
 * Port".
 *
 * Why the noun "services" and the actor's own clause: an agency's services for a place are its
 * backing of that place; a place named elsewhere in the sentence ("services for firms, while
 * Hainan …") is not served.
 */
import type { PolicyRule } from "../types.js";
import { ACTOR, between, crossesClause, ent, link, subjectPosition } from "./helpers.js";

export const servicesFor: PolicyRule = {
  name: "services-for",
  pattern: [
    { ent: ["Agency"], every: true, pronoun: true, as: "agency" },
    { gap: 6, overVerb: true },
    { words: ["services", "service"], as: "noun" },
    { words: ["for", "to"] },
    { gap: 1, overVerb: false },
    { ent: ["Region", "Zone"], as: "places" },
  ],
  produce(view, caps) {
    const at = caps.get("agency") as number;
    if (!subjectPosition(view, at) || crossesClause(between(view, at, caps.get("noun") as number)))
      return [];
    const agencies = ent(view, caps, "agency").items.filter((a) => ACTOR.includes(a.type));
    const places = ent(view, caps, "places").items;
    return agencies.flatMap((a) => places.map((p) => link(a.id, "SUPPORTS", p.id)));
  },
  examples: [
    {
      sentence:
        "The General Administration of Customs has improved its services for Yunnan's border trade.",
      links: [["agency:gacc", "SUPPORTS", "region:CN-YN"]],
    },
  ],
  counterExamples: [
    {
      sentence:
        "Trade with Yunnan rose while the General Administration of Customs cut fees for services to firms.",
      notLinked: [["agency:gacc", "region:CN-YN"]],
    },
  ],
};
