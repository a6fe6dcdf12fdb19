/**
 * COOPERATES_WITH for actors named together before a joint act: "A, B and C jointly issued",
 * "A and B signed", "A and B co-organized".
 *
 * Why a verb or adverb of joint action is required: "A and B issued" alone may be two separate
 * acts; "jointly", "signed", "co-organized" state the joint one.
 */
import type { PolicyRule } from "../types.js";
import { ACTOR, ent, pairs, subjectPosition } from "./helpers.js";

export const jointSubjects: PolicyRule = {
  name: "joint-subjects",
  pattern: [
    { ent: ACTOR, every: true, as: "subject" },
    { gap: 4, overVerb: false, as: "gap" },
    { verb: ["JOINT", "SIGN", "ISSUE", "IMPLEMENT", "SUPPORT"], as: "verb" },
  ],
  produce(view, caps) {
    const at = caps.get("subject") as number;
    const subject = ent(view, caps, "subject");
    if (subject.items.length < 2 || !subjectPosition(view, at)) return [];
    const verb = view.pieces[caps.get("verb") as number];
    const jointly = view.pieces
      .slice(at + 1, caps.get("verb"))
      .some((p) => p.kind === "adverb" && p.cls === "JOINT");
    const joint = verb.kind === "verb" && (verb.cls === "JOINT" || verb.cls === "SIGN");
    return joint || jointly
      ? pairs(
          subject.items.map((i) => i.id),
          "COOPERATES_WITH",
        )
      : [];
  },
  examples: [
    {
      sentence:
        "The Ministry of Finance, the General Administration of Customs and the State Taxation Administration jointly released a notice.",
      links: [
        ["agency:ministry-of-finance", "COOPERATES_WITH", "agency:gacc"],
        ["agency:ministry-of-finance", "COOPERATES_WITH", "agency:state-taxation-administration"],
        ["agency:gacc", "COOPERATES_WITH", "agency:state-taxation-administration"],
      ],
    },
    {
      sentence: "Chile and Peru signed a memorandum on port cooperation.",
      links: [["country:CHL", "COOPERATES_WITH", "country:PER"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Chile and Peru released their own trade figures.",
      notLinked: [["country:CHL", "country:PER"]],
    },
  ],
};
