/**
 * ISSUED in the passive voice: "the Handbook, compiled by the WTO, the IMF and UNCTAD" — each
 * agent after "by" issued (or, after a verb of carrying out, implements) the measure before
 * it, and agents named together worked together.
 *
 * Why apart from actor-acts: the measure comes first and the actors last; the same verb
 * classes decide the predicate.
 */
import type { PolicyRule } from "../types.js";
import { ACTOR, ent, link, pairs } from "./helpers.js";

export const passiveBy: PolicyRule = {
  name: "passive-by",
  pattern: [
    { ent: ["Measure"], as: "measure" },
    { gap: 4, overVerb: false },
    { verb: ["ISSUE", "SIGN", "JOINT", "IMPLEMENT", "SUPPORT"], as: "verb" },
    { words: ["by"] },
    { gap: 1, overVerb: false },
    { ent: ACTOR, as: "agents" },
  ],
  produce(view, caps) {
    const verb = view.pieces[caps.get("verb") as number];
    const pred =
      verb.kind === "verb" && (verb.cls === "IMPLEMENT" || verb.cls === "SUPPORT")
        ? "IMPLEMENTS"
        : "ISSUED";
    const agents = ent(view, caps, "agents")
      .items.filter((i) => ACTOR.includes(i.type))
      .map((i) => i.id);
    const measures = ent(view, caps, "measure").items.filter((i) => i.type === "Measure");
    return [
      ...measures.flatMap((m) => agents.map((a) => link(a, pred, m.id))),
      ...pairs(agents, "COOPERATES_WITH"),
    ];
  },
  examples: [
    {
      sentence:
        "The Guidelines on Digital Customs, drawn up by the World Customs Organization and the World Trade Organization, were welcomed.",
      links: [
        ["agency:wco", "ISSUED", "measure:guidelines-on-digital-customs"],
        ["agency:wto", "ISSUED", "measure:guidelines-on-digital-customs"],
        ["agency:wco", "COOPERATES_WITH", "agency:wto"],
      ],
    },
    {
      sentence: "The two-step declaration is carried out by the General Administration of Customs.",
      links: [["agency:gacc", "IMPLEMENTS", "measure:two-step-declaration"]],
    },
    {
      sentence:
        "The Canton Fair is jointly organised by the Ministry of Commerce and the World Trade Organization.",
      links: [
        ["agency:mofcom", "ISSUED", "measure:canton-fair"],
        ["agency:wto", "ISSUED", "measure:canton-fair"],
        ["agency:mofcom", "COOPERATES_WITH", "agency:wto"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "The two-step declaration was praised by traders in Germany.",
      notLinked: [["country:DEU", "measure:two-step-declaration"]],
    },
  ],
};
