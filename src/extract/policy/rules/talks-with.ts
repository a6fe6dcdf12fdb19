/**
 * COOPERATES_WITH for talks: "China is in talks with Malaysia and Thailand", "consultations on
 * the scheme with Peru", "negotiations were held between China and Chile".
 *
 * Why talks are a joint act: both sides take part (data: cues.talks). After "with" the other
 * side is the actor that opens the clause before the noun; after "between" the parties are the
 * list itself. Only measures may stand between the noun and its preposition ("talks on the AEO
 * programme with …"): another actor there starts another phrase.
 */
import type { Link, Piece, PolicyRule, SentenceView } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { ACTOR, between, clauseAround, ent, link, pairs, subjectPosition } from "./helpers.js";

/** The actor opening the clause before piece i ("China has completed … consultations"). */
function clauseSubject(view: SentenceView, i: number): string[] {
  const [from] = clauseAround(view, i);
  for (let k = from; k < i; k++) {
    const p = view.pieces[k];
    if (p.kind === "ent" && p.items.every((x) => ACTOR.includes(x.type)))
      return subjectPosition(view, k) ? p.items.map((x) => x.id) : [];
  }
  return [];
}

const measuresOnly = (ps: Piece[]) =>
  ps.every((p) => p.kind !== "ent" || p.items.every((x) => x.type === "Measure" || x.pronoun));

export const talksWith: PolicyRule = {
  name: "talks-with",
  pattern: [
    { words: [...policyVocabulary().cues.talks], as: "noun" },
    { gap: 12, overEnt: true, overVerb: false },
    { words: ["with", "between"], as: "prep" },
    { gap: 1, overVerb: false },
    { ent: ACTOR, as: "parties" },
  ],
  produce(view, caps) {
    const [noun, prep] = [caps.get("noun") as number, caps.get("prep") as number];
    if (!measuresOnly(between(view, noun, prep))) return [];
    const parties = ent(view, caps, "parties")
      .items.filter((x) => !x.pronoun && ACTOR.includes(x.type))
      .map((x) => x.id);
    const p = view.pieces[prep];
    if ("norm" in p && p.norm === "between") return pairs(parties, "COOPERATES_WITH");
    const out: Link[] = [];
    for (const s of clauseSubject(view, noun))
      for (const o of parties) if (s !== o) out.push(link(s, "COOPERATES_WITH", o));
    return out;
  },
  examples: [
    {
      sentence: "Chile is in customs talks with Peru and Colombia.",
      links: [
        ["country:CHL", "COOPERATES_WITH", "country:PER"],
        ["country:CHL", "COOPERATES_WITH", "country:COL"],
      ],
    },
    {
      sentence:
        "New Zealand has finished consultations on the Authorized Economic Operator programme with Chile.",
      links: [["country:NZL", "COOPERATES_WITH", "country:CHL"]],
    },
    {
      sentence: "Last month, trade negotiations were held between Norway and Iceland.",
      links: [["country:NOR", "COOPERATES_WITH", "country:ISL"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Exports from Chile rose after talks with Peru.",
      notLinked: [["country:CHL", "country:PER"]],
    },
    {
      sentence: "Chile held talks on its trade with Argentina and then with Brazil.",
      notLinked: [["country:ARG", "country:BRA"]],
    },
  ],
};
