/**
 * An act done with a partner: "the Ministry of Commerce will work with the General
 * Administration of Customs to implement the plan" → both implement the plan, and they
 * cooperate.
 *
 * Why a rule of its own: the partner stands after "with", where actor-acts never takes a
 * subject; only a verb of working together before "with" (data: cues.collaborate) and "to"
 * with a verb of acting after the partner make the two actors of one act. "Trade with Peru
 * to rise" or "met with Peru to discuss" state no such act.
 */
import type { Predicate } from "../../../core/contract.js";
import type { Link, PolicyRule } from "../types.js";
import type { VerbClass } from "../vocabulary.js";
import { policyVocabulary } from "../vocabulary.js";
import { ACTOR, between, ent, link, subjectPosition } from "./helpers.js";

const PREDICATE: Partial<Record<VerbClass, Predicate>> = {
  ISSUE: "ISSUED",
  IMPLEMENT: "IMPLEMENTS",
  SUPPORT: "IMPLEMENTS",
};

export const actsWithPartner: PolicyRule = {
  name: "acts-with-partner",
  pattern: [
    { ent: ACTOR, every: true, pronoun: true, as: "subject" },
    { gap: 3, overVerb: false, as: "gap" },
    { words: ["with"], as: "with" },
    { gap: 1, overVerb: false },
    { ent: ACTOR, every: true, as: "partner" },
    { words: ["to"] },
    { verb: ["ISSUE", "IMPLEMENT", "SUPPORT"], as: "verb" },
    { gap: 3, overVerb: false },
    { ent: ["Measure"], as: "measures" },
  ],
  produce(view, caps) {
    const [s, w] = [caps.get("subject") as number, caps.get("with") as number];
    if (!subjectPosition(view, s)) return [];
    // only an article between "with" and the partner
    const article = between(view, w, caps.get("partner") as number);
    if (article.some((p) => !("norm" in p) || p.norm !== "the")) return [];
    const { collaborate } = policyVocabulary().cues;
    if (!between(view, s, w).some((p) => "norm" in p && collaborate.has(p.norm))) return [];
    const verb = view.pieces[caps.get("verb") as number];
    const pred = verb.kind === "verb" ? PREDICATE[verb.cls] : undefined;
    const subjects = ent(view, caps, "subject").items.map((i) => i.id);
    const partners = ent(view, caps, "partner").items.map((i) => i.id);
    const out: Link[] = [];
    for (const a of subjects) for (const b of partners) out.push(link(a, "COOPERATES_WITH", b));
    if (!pred) return out;
    for (const m of ent(view, caps, "measures").items)
      if (m.type === "Measure")
        for (const a of [...subjects, ...partners]) out.push(link(a, pred, m.id));
    return out;
  },
  examples: [
    {
      sentence:
        "The Ministry of Commerce will work with the General Administration of Customs to implement the Foreign Trade Facilitation Plan.",
      links: [
        ["agency:mofcom", "COOPERATES_WITH", "agency:gacc"],
        ["agency:mofcom", "IMPLEMENTS", "measure:foreign-trade-facilitation-plan"],
        ["agency:gacc", "IMPLEMENTS", "measure:foreign-trade-facilitation-plan"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence:
        "The Ministry of Commerce met with the General Administration of Customs to discuss the Foreign Trade Facilitation Plan.",
      notLinked: [["agency:gacc", "measure:foreign-trade-facilitation-plan"]],
    },
  ],
};
