/**
 * APPLIES_TO for a place or good that receives a measure: "these zones enjoy tax rebates and
 * tax exemptions", "imports from Peru are subject to the zero-tariff policy", "Yunnan benefits
 * from the Belt and Road Initiative".
 *
 * Why the receiver must open the clause right before the phrase (data: cues.receives): "exports
 * of Peru to zones that enjoy …" names Peru outside the phrase; only the name the phrase is
 * said of, a few words before it and in the same clause, receives the measure; and only a
 * measure the phrase takes as its object ("enjoyed demand under the policy" receives demand).
 */
import type { Link, PolicyRule, SentenceView } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import {
  BEFORE_OBJECT,
  between,
  crossesClause,
  ent,
  link,
  norms,
  subjectPosition,
} from "./helpers.js";

/** The clause's subject, or the goods of its head noun ("imports of soybeans are subject to"). */
function receiverPosition(view: SentenceView, at: number): boolean {
  const prev = view.pieces[at - 1];
  return subjectPosition(view, at) || (prev !== undefined && "norm" in prev && prev.norm === "of");
}

const FIRST_WORDS = [...policyVocabulary().cues.receives].map((k) => k.split(" ")[0]);

export const receivesMeasure: PolicyRule = {
  name: "receives-measure",
  pattern: [
    { ent: ["Zone", "Region", "Commodity", "Country"], as: "receiver" },
    { gap: 4, overVerb: false, as: "gap" },
    { words: FIRST_WORDS, as: "cue" },
    { gap: 6, overVerb: false },
    { ent: ["Measure"], as: "measures" },
  ],
  produce(view, caps) {
    const [at, cue] = [caps.get("receiver") as number, caps.get("cue") as number];
    const { receives } = policyVocabulary().cues;
    const phrase = (n: number) => norms(view.pieces.slice(cue, cue + n)).join(" ");
    if (!receives.has(phrase(1)) && !receives.has(phrase(2))) return [];
    const gap = norms(between(view, at, cue));
    // "imported chips, which are listed in …": a relative clause is said of the name before it
    const relative = gap[0] === "," && (gap[1] === "which" || gap[1] === "that");
    if (crossesClause(between(view, at, cue)) || !(relative || receiverPosition(view, at)))
      return [];
    // "are no longer subject to the duty": the measure is lifted, not received
    const { negations } = policyVocabulary().cues;
    if (between(view, at, cue).some((p) => "norm" in p && negations.has(p.norm))) return [];
    // the measure is what is received, not a phrase's object ("demand under the policy")
    const m = caps.get("measures") as number;
    if (between(view, cue + 1, m).some((p) => "norm" in p && BEFORE_OBJECT.has(p.norm))) return [];
    const out: Link[] = [];
    for (const m of ent(view, caps, "measures").items)
      for (const r of ent(view, caps, "receiver").items)
        if (m.type === "Measure" && !r.pronoun) out.push(link(m.id, "APPLIES_TO", r.id));
    return out;
  },
  examples: [
    {
      sentence: "Imports of soybeans are subject to the zero-tariff policy.",
      links: [["measure:zero-tariff-policy", "APPLIES_TO", "commodity:soybeans"]],
    },
    {
      sentence:
        "Imported integrated circuits, which are listed in the Information Technology Agreement, became cheaper.",
      links: [
        ["measure:information-technology-agreement", "APPLIES_TO", "commodity:integrated-circuits"],
      ],
    },
    {
      sentence: "Bonded zones enjoy the two-step declaration.",
      links: [["measure:two-step-declaration", "APPLIES_TO", "zone:bonded-zones"]],
    },
    {
      sentence: "Soybean imports were hit by the retaliatory tariffs.",
      links: [["measure:retaliatory-tariffs", "APPLIES_TO", "commodity:soybeans"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Exports to Japan were hit by weak demand under the retaliatory tariffs.",
      notLinked: [["measure:retaliatory-tariffs", "country:JPN"]],
    },
    {
      sentence: "Soybeans are no longer subject to the zero-tariff policy.",
      notLinked: [["measure:zero-tariff-policy", "commodity:soybeans"]],
    },
    {
      sentence: "Soybeans were shipped, while the zones enjoy the zero-tariff policy.",
      notLinked: [["measure:zero-tariff-policy", "commodity:soybeans"]],
    },
    {
      sentence: "Soybeans from Brazil enjoyed strong demand under the zero-tariff policy.",
      notLinked: [["measure:zero-tariff-policy", "country:BRA"]],
    },
  ],
};
