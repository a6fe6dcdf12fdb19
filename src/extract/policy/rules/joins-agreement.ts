/**
 * APPLIES_TO from an agreement to each country that joins it: "Cambodia and Laos have joined
 * the RCEP", "Ecuador acceded to the agreement in 2024", "Chile became a party to the DEPA".
 *
 * Why: the gold convention links an agreement to each country it is in force with; joining
 * or acceding states that. Why the guards (data: cues.joins): the countries must be the
 * clause's subject with only auxiliaries or adverbs before the phrase, and the agreement its
 * whole object (only "the" between), so "China joined Peru in implementing the RCEP" and
 * "Laos joined the talks on the RCEP" say nothing of the agreement's parties.
 */
import type { Piece, PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { between, crossesClause, ent, link, norms, subjectPosition } from "./helpers.js";

const FIRST_WORDS = [...policyVocabulary().cues.joins].map((k) => k.split(" ")[0]);

/** Only words (auxiliaries, adverbs), no names, verbs of policy or commas. */
const wordsOnly = (ps: Piece[]) =>
  ps.every((p) => p.kind === "adverb" || (p.kind === "word" && !NOT_AUX.has(p.norm)));
const NOT_AUX = new Set(["to", "in", "of", "with", "that", "which", "who"]);

export const joinsAgreement: PolicyRule = {
  name: "joins-agreement",
  pattern: [
    { ent: ["Country"], as: "members" },
    { gap: 3, overVerb: false },
    { words: FIRST_WORDS, as: "cue" },
    { gap: 5, overVerb: false },
    { ent: ["Measure"], as: "agreement" },
  ],
  produce(view, caps) {
    const [at, cue, m] = ["members", "cue", "agreement"].map((k) => caps.get(k) as number);
    const { joins, negations } = policyVocabulary().cues;
    const before = between(view, at, cue);
    if (!subjectPosition(view, at) || !wordsOnly(before) || crossesClause(before)) return [];
    if (before.some((p) => "norm" in p && negations.has(p.norm))) return [];
    const phrase = norms(between(view, cue - 1, m)).filter((w) => w !== "the");
    if (!joins.has(phrase.join(" "))) return [];
    const countries = ent(view, caps, "members").items.filter((i) => i.type === "Country");
    return ent(view, caps, "agreement")
      .items.filter((a) => a.type === "Measure")
      .flatMap((a) => countries.map((c) => link(a.id, "APPLIES_TO", c.id)));
  },
  examples: [
    {
      sentence: "Cambodia and Laos have formally joined the RCEP.",
      links: [
        ["measure:rcep", "APPLIES_TO", "country:KHM"],
        ["measure:rcep", "APPLIES_TO", "country:LAO"],
      ],
    },
    {
      sentence:
        "Last year Chile became a party to the Regional Comprehensive Economic Partnership.",
      links: [["measure:rcep", "APPLIES_TO", "country:CHL"]],
    },
  ],
  counterExamples: [
    {
      sentence: "China joined Peru in implementing the RCEP.",
      notLinked: [["measure:rcep", "country:PER"]],
    },
    {
      sentence: "Laos joined the talks on the RCEP.",
      notLinked: [["measure:rcep", "country:LAO"]],
    },
    {
      sentence: "Laos has not joined the RCEP.",
      notLinked: [["measure:rcep", "country:LAO"]],
    },
    {
      sentence: "Exports from Laos joined the RCEP statistics.",
      notLinked: [["measure:rcep", "country:LAO"]],
    },
  ],
};
