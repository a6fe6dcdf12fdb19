/**
 * APPLIES_TO stated with the verb itself: "the two-step declaration now also applies to Yunnan
 * province", "the policy extends to cross-border e-commerce goods".
 *
 * Why apart from measure-target: there a verb between the measure and "to" ends the phrase
 * (a verb of acting starts another statement); here the verb is the statement of application
 * (data: cues.appliesVerbs), and its object after "to" is what the measure targets — a city
 * too, since "applies to Shenzhen" names the target, not where something was done.
 */
import type { PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { between, ent, link, norms, phraseBefore } from "./helpers.js";

export const measureApplies: PolicyRule = {
  name: "measure-applies",
  pattern: [
    { ent: ["Measure"], as: "measure" },
    { gap: 3, overVerb: false, as: "gap" },
    { verb: ["IMPLEMENT"], as: "verb" },
    { words: ["to"], as: "to" },
    { gap: 2, overVerb: false },
    { ent: ["Zone", "Region", "Country", "Commodity"], as: "targets" },
  ],
  produce(view, caps) {
    const verb = view.pieces[caps.get("verb") as number];
    const { appliesVerbs, basis } = policyVocabulary().cues;
    if (!("norm" in verb) || !appliesVerbs.has(verb.norm)) return [];
    // "trade under the RCEP expanded to Japan": the measure is the basis, not the subject
    const m = caps.get("measure") as number;
    const the = norms(view.pieces.slice(m - 1, m))[0] === "the";
    if (phraseBefore(view, the ? m - 1 : m, basis)) return [];
    // only adverbs and auxiliaries between the measure and the verb ("now also", "will")
    const gap = between(view, caps.get("measure") as number, caps.get("verb") as number);
    if (gap.some((p) => p.kind !== "word" && p.kind !== "adverb")) return [];
    // only an article or a determiner before the target
    const det = between(view, caps.get("to") as number, caps.get("targets") as number);
    if (det.some((p) => !("norm" in p) || !["the", "all", "its"].includes(p.norm))) return [];
    const targets = ent(view, caps, "targets").items.filter(
      (i) => !i.pronoun && i.id !== "country:CHN",
    );
    return ent(view, caps, "measure")
      .items.filter((m) => m.type === "Measure")
      .flatMap((m) => targets.map((t) => link(m.id, "APPLIES_TO", t.id)));
  },
  examples: [
    {
      sentence: "The two-step declaration now also applies to Yunnan province.",
      links: [["measure:two-step-declaration", "APPLIES_TO", "region:CN-YN"]],
    },
    {
      sentence: "The two-step declaration has been expanded to Hebei and Shanxi.",
      links: [
        ["measure:two-step-declaration", "APPLIES_TO", "region:CN-HE"],
        ["measure:two-step-declaration", "APPLIES_TO", "region:CN-SX"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "The two-step declaration helped firms that apply to Yunnan province for permits.",
      notLinked: [["measure:two-step-declaration", "region:CN-YN"]],
    },
    {
      sentence: "Trade under the two-step declaration expanded to Hebei last year.",
      notLinked: [["measure:two-step-declaration", "region:CN-HE"]],
    },
  ],
};
