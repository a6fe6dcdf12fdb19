/**
 * COOPERATES_WITH for actors named together before a joint act: "A, B and C jointly issued",
 * "A and B signed", "A and B co-organized".
 *
 * Why a verb or adverb of joint action is required: "A and B issued" alone may be two separate
 * acts; "jointly", "signed", "co-organized" state the joint one. A list opened by a
 * preposition's object ("with the approval of the State Council, A, B and C jointly issued")
 * cannot be the subject as a whole: the joint act needs a subject, so its head is the
 * preposition's object and the rest of the list (two or more) acts.
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
    const all = ent(view, caps, "subject").items;
    const items = subjectPosition(view, at) ? all : all.slice(1);
    if (items.length < 2) return [];
    const verb = view.pieces[caps.get("verb") as number];
    const jointly = view.pieces
      .slice(at + 1, caps.get("verb"))
      .some((p) => p.kind === "adverb" && p.cls === "JOINT");
    const joint =
      ent(view, caps, "subject").joint === true ||
      (verb.kind === "verb" && (verb.cls === "JOINT" || verb.cls === "SIGN"));
    return joint || jointly
      ? pairs(
          items.map((i) => i.id),
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
      sentence:
        "The Ministry of Commerce, together with the Ministry of Finance, released the Foreign Trade Facilitation Plan.",
      links: [["agency:mofcom", "COOPERATES_WITH", "agency:ministry-of-finance"]],
    },
    {
      sentence: "Chile and Peru signed a memorandum on port cooperation.",
      links: [["country:CHL", "COOPERATES_WITH", "country:PER"]],
    },
    {
      sentence:
        "With the consent of the State Council, the Ministry of Commerce and the General Administration of Customs jointly published a catalogue.",
      links: [["agency:mofcom", "COOPERATES_WITH", "agency:gacc"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Chile and Peru released their own trade figures.",
      notLinked: [["country:CHL", "country:PER"]],
    },
    {
      sentence:
        "With the consent of the State Council, the Ministry of Commerce and the General Administration of Customs jointly published a catalogue.",
      notLinked: [
        ["agency:state-council", "agency:mofcom"],
        ["agency:state-council", "agency:gacc"],
      ],
    },
  ],
};
