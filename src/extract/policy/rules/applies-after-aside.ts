/**
 * APPLIES_TO stated after an aside between commas: "The two-step declaration, which was
 * launched in 2019, now applies to Guangdong and Fujian", "The RCEP, signed in 2020, covers
 * Japan and Australia".
 *
 * Why a rule apart from measure-applies: there only adverbs may stand between the measure and
 * its verb; a relative or participle clause set off by commas says something else of the
 * measure and then gives the sentence back to it. Why the guards: the aside must open with
 * "which"/"that" (data: cues.relativeOpeners) or a participle and hold no comma, so the comma
 * that closes it is the first; after it only adverbs may come before the verb of application
 * ("applies to", "extends to", "covers": data: cues.appliesVerbs, cues.coverVerbs), and only
 * an article before the targets. China, the party acting in these texts, is left out.
 */
import type { Piece, PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { between, ent, link } from "./helpers.js";

const COVER_WORDS = [...policyVocabulary().cues.coverVerbs];
const COMMA = new Set([","]);
const ARTICLES = new Set(["the", "all", "its"]);

const normOf = (p: Piece | undefined) => (p && "norm" in p ? p.norm : "");

/** "which was launched in 2019", "signed in 2020": an aside about the measure, no comma inside. */
function aside(ps: Piece[]): boolean {
  if (ps.length === 0 || ps.some((p) => COMMA.has(normOf(p)))) return false;
  const first = ps[0];
  return (
    policyVocabulary().cues.relativeOpeners.has(normOf(first)) ||
    first.kind === "verb" ||
    (first.kind === "word" && /^[a-z]{3,}ed$/.test(first.norm))
  );
}

/** The statement of application at piece v: "applies to" or "covers". */
function applies(ps: Piece[], v: number): boolean {
  const { appliesVerbs, coverVerbs } = policyVocabulary().cues;
  if (coverVerbs.has(normOf(ps[v]))) return true;
  return ps[v]?.kind === "verb" && appliesVerbs.has(normOf(ps[v])) && normOf(ps[v + 1]) === "to";
}

export const appliesAfterAside: PolicyRule = {
  name: "applies-after-aside",
  pattern: [
    { ent: ["Measure"], as: "measure" },
    { words: [","], as: "open" },
    { gap: 12, overEnt: true, as: "aside" },
    { words: [","], as: "close" },
    { gap: 2, overVerb: false },
    { anyOf: [{ verb: ["IMPLEMENT"] }, { words: COVER_WORDS }], as: "verb" },
    { gap: 2, overVerb: false },
    { ent: ["Zone", "Region", "Country", "Commodity"], as: "targets" },
  ],
  produce(view, caps) {
    const [open, close, v, t] = ["open", "close", "verb", "targets"].map(
      (k) => caps.get(k) as number,
    );
    if (!aside(between(view, open, close)) || !applies(view.pieces, v)) return [];
    if (between(view, close, v).some((p) => p.kind !== "adverb" && p.kind !== "word")) return [];
    const det = between(view, v, t).filter((p) => normOf(p) !== "to");
    if (det.some((p) => !ARTICLES.has(normOf(p)))) return [];
    const targets = ent(view, caps, "targets").items.filter(
      (i) => !i.pronoun && i.id !== "country:CHN",
    );
    return ent(view, caps, "measure")
      .items.filter((m) => m.type === "Measure")
      .flatMap((m) => targets.map((x) => link(m.id, "APPLIES_TO", x.id)));
  },
  examples: [
    {
      sentence:
        "The two-step declaration, which was launched in 2019, now applies to Guangdong and Fujian.",
      links: [
        ["measure:two-step-declaration", "APPLIES_TO", "region:CN-GD"],
        ["measure:two-step-declaration", "APPLIES_TO", "region:CN-FJ"],
      ],
    },
    {
      sentence: "The RCEP, signed in November 2020, covers Japan, South Korea and Australia.",
      links: [
        ["measure:rcep", "APPLIES_TO", "country:JPN"],
        ["measure:rcep", "APPLIES_TO", "country:AUS"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "The RCEP, which Japan joined, helped exports, and the new rules apply to Korea.",
      notLinked: [["measure:rcep", "country:KOR"]],
    },
    {
      sentence:
        "The RCEP, which took effect in 2022, helped firms that apply to Korea for permits.",
      notLinked: [["measure:rcep", "country:KOR"]],
    },
    {
      sentence: "The RCEP, in our view, covers Japan.",
      notLinked: [["measure:rcep", "country:JPN"]],
    },
  ],
};
