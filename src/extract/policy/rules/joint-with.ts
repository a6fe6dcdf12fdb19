/**
 * COOPERATES_WITH an actor's counterpart: "A signed an arrangement with B, C and D",
 * "A cooperated with B". After a verb of signing, each counterpart also ISSUED the agreement
 * signed (each signatory of an agreement issues it); after a verb of joint making ("co-hosted
 * the forum with B") the counterpart ISSUED what was made together.
 *
 * Why the object is looked for after "with" only: "signed … in Beijing" names a place, not a
 * party.
 */
import type { Link, PolicyRule } from "../types.js";
import { ACTOR, ent, link, subjectPosition } from "./helpers.js";

export const jointWith: PolicyRule = {
  name: "joint-with",
  pattern: [
    { ent: ACTOR, every: true, pronoun: true, as: "subject" },
    { gap: 5, overVerb: false },
    { verb: ["SIGN", "JOINT"], as: "verb" },
    { gap: 8, overEnt: true, overVerb: false, as: "object" },
    { words: ["with"] },
    { gap: 5, overVerb: false },
    { ent: ACTOR, as: "partners" },
  ],
  produce(view, caps) {
    if (!subjectPosition(view, caps.get("subject") as number)) return [];
    const subjects = ent(view, caps, "subject").items.map((i) => i.id);
    const partners = ent(view, caps, "partners").items.filter(
      (i) => ACTOR.includes(i.type) && !i.pronoun,
    );
    const verb = view.pieces[caps.get("verb") as number];
    const out: Link[] = [];
    for (const s of subjects) for (const p of partners) out.push(link(s, "COOPERATES_WITH", p.id));
    if (verb.kind !== "verb") return out;
    // what is signed is an agreement; what is co-organised (an event, a programme) is any measure
    const made = view.pieces
      .slice(caps.get("verb") as number, caps.get("partners"))
      .flatMap((p) => (p.kind === "ent" ? p.items.filter((i) => i.type === "Measure") : []))
      .filter((m) => verb.cls === "JOINT" || m.kind === "AGREEMENT");
    for (const m of made) for (const p of partners) out.push(link(p.id, "ISSUED", m.id));
    return out;
  },
  examples: [
    {
      sentence:
        "Chile has signed the Digital Economy Partnership Agreement with New Zealand and Singapore.",
      links: [
        ["country:CHL", "COOPERATES_WITH", "country:NZL"],
        ["country:CHL", "COOPERATES_WITH", "country:SGP"],
        ["country:NZL", "ISSUED", "measure:digital-economy-partnership-agreement"],
      ],
    },
    {
      sentence:
        "Last year we co-hosted the China International Import Expo with the World Trade Organization.",
      links: [
        ["agency:gacc", "COOPERATES_WITH", "agency:wto"],
        ["agency:wto", "ISSUED", "measure:ciie"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "Chile signed the Digital Economy Partnership Agreement in Singapore.",
      notLinked: [["country:CHL", "country:SGP"]],
    },
  ],
};
