/**
 * IMPLEMENTS for the actors of a sentence that opens with its measure as basis: "Under the
 * framework of the RCEP, China and Japan cut tariffs on each other's goods", "In accordance
 * with the agreement, Peru lowered its duties".
 *
 * Why: acting under a measure is carrying it out (gold: IMPLEMENTS). Why the guards (data:
 * cues.basis): the basis must open the sentence and the measure end its phrase at a comma;
 * the actors must come right after that comma and act with a verb of policy within two
 * words, so "Under the RCEP, China's exports to Japan rose" (no act) and "Under the RCEP,
 * tariffs fell for Japan" (no actor) read nothing.
 */
import type { Piece, PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { between, ent, link, norms } from "./helpers.js";

const FIRST_WORDS = [...policyVocabulary().cues.basis].map((k) => k.split(" ")[0]);
const FRAME_WORDS = new Set(["the", "framework", "frameworks", "terms", "of", "provisions"]);

/** "under the framework of": a basis phrase of the data, then only framing words. */
function basisPhrase(ps: Piece[]): boolean {
  const words = norms(ps);
  const { basis } = policyVocabulary().cues;
  for (let n = 1; n <= 3 && n <= words.length; n++)
    if (basis.has(words.slice(0, n).join(" ")))
      return words.slice(n).every((w) => FRAME_WORDS.has(w));
  return false;
}

export const basisFronted: PolicyRule = {
  name: "basis-fronted",
  pattern: [
    { words: FIRST_WORDS, as: "cue" },
    { gap: 6, overVerb: false },
    { ent: ["Measure"], as: "measure" },
    { words: [","], as: "comma" },
    { gap: 1, overVerb: false },
    { ent: ["Agency", "Country"], pronoun: true, as: "actors" },
    { gap: 2, overVerb: false, as: "gap" },
    { verb: ["IMPLEMENT", "ISSUE", "SUPPORT", "JOINT", "SIGN"] },
  ],
  produce(view, caps) {
    const [cue, m] = [caps.get("cue") as number, caps.get("measure") as number];
    if (cue !== 0 && norms(view.pieces.slice(0, cue)).some((w) => /\w/.test(w))) return [];
    if (!basisPhrase(view.pieces.slice(cue, m))) return [];
    const article = norms(between(view, caps.get("comma") as number, caps.get("actors") as number));
    if (article.some((w) => w !== "the")) return [];
    const gap = between(view, caps.get("actors") as number, caps.get("gap") as number);
    if (gap.some((p) => p.kind === "punct")) return [];
    return ent(view, caps, "measure")
      .items.filter((x) => x.type === "Measure")
      .flatMap((x) => ent(view, caps, "actors").items.map((a) => link(a.id, "IMPLEMENTS", x.id)));
  },
  examples: [
    {
      sentence:
        "Under the framework of the RCEP, China and Japan cut tariffs on each other's goods.",
      links: [
        ["country:CHN", "IMPLEMENTS", "measure:rcep"],
        ["country:JPN", "IMPLEMENTS", "measure:rcep"],
      ],
    },
    {
      sentence:
        "In accordance with the two-step declaration, the Ministry of Commerce simplified its forms.",
      links: [["agency:mofcom", "IMPLEMENTS", "measure:two-step-declaration"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Under the RCEP, China's exports to Japan rose.",
      notLinked: [["country:CHN", "measure:rcep"]],
    },
    {
      sentence: "Trade rose under the RCEP, and China cut tariffs on coal.",
      notLinked: [["country:CHN", "measure:rcep"]],
    },
  ],
};
