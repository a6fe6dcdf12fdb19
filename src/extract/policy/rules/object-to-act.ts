/**
 * APPLIES_TO for countries an actor works on to act: "the government is contacting Peru and
 * Chile to build AEO partnerships", "China invited Laos to sign the agreement" — the measure
 * is sought with each of them.
 *
 * Why the names must be objects (after a verb, not the clause's subject): "Peru and Chile
 * agreed to build …" makes them actors (actor-acts, joint-subjects), not targets.
 */
import type { PolicyRule } from "../types.js";
import { ent, link, subjectPosition } from "./helpers.js";

export const objectToAct: PolicyRule = {
  name: "object-to-act",
  pattern: [
    { ent: ["Country", "Region"], as: "objects" },
    { words: ["to"] },
    { verb: ["ISSUE", "IMPLEMENT", "SIGN", "JOINT"] },
    { gap: 3, overVerb: false },
    { ent: ["Measure"], as: "measures" },
  ],
  produce(view, caps) {
    const at = caps.get("objects") as number;
    if (subjectPosition(view, at)) return [];
    const prev = view.pieces[at - 1];
    // "in order for Peru to …", "with Peru to …": only a verb's object is worked on
    if (prev?.kind !== "verb" && !(prev?.kind === "word" && /ing$|ed$/.test(prev.norm))) return [];
    const targets = ent(view, caps, "objects").items.filter(
      (c) => c.type === "Country" || (c.info.members ?? []).length > 0,
    );
    return ent(view, caps, "measures").items.flatMap((m) =>
      targets.map((c) => link(m.id, "APPLIES_TO", c.id)),
    );
  },
  examples: [
    {
      sentence:
        "The ministry is contacting Peru and Chile to build the Authorized Economic Operator programme.",
      links: [
        ["measure:aeo", "APPLIES_TO", "country:PER"],
        ["measure:aeo", "APPLIES_TO", "country:CHL"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "Officials met with Peru to build the Authorized Economic Operator programme.",
      notLinked: [["measure:aeo", "country:PER"]],
    },
  ],
};
