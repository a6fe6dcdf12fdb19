/**
 * PART_OF for members named after their bloc: "BRICS members Brazil, Russia, India …",
 * "five Central Asian countries, including Kazakhstan and …", "the SCO — Russia, India …".
 *
 * Why membership is checked against the reference data: a country named next to a bloc is
 * not always a member ("trade with ASEAN and Japan"); a cue word (members, including, such
 * as, a dash) and the bloc's published member list must both agree.
 */
import type { Item, Piece, PolicyRule, SentenceNames } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { crossesClause, ent, link } from "./helpers.js";

const CUE_MARKS = new Set([":", "-", "—", "–", "("]);

/** A country in a bloc's member list (ISO 3), or a province in an area's (ISO 3166-2). */
export function memberOf(member: Item, bloc: Item): boolean {
  const code =
    member.type === "Country"
      ? member.info.codes.iso3
      : member.type === "Region"
        ? member.info.codes.iso3166_2
        : undefined;
  return code !== undefined && (bloc.info.members ?? []).includes(code);
}

/**
 * Whether the sentence names a bloc and one of its members (names not nested in another, as
 * the pieces' items are): the links of the member rules are of such pairs alone.
 */
export function namesMemberOfBloc({ top }: SentenceNames): boolean {
  for (const b of top) {
    const members = b.entity.type === "Region" ? b.entity.members : undefined;
    if (members === undefined || members.length === 0) continue;
    for (const c of top)
      if (c.entity.type === "Country" && members.includes(c.entity.codes.iso3 as string))
        return true;
  }
  return false;
}

export function membershipCue(gap: Piece[], bloc: Item, text: string): boolean {
  const cues = policyVocabulary().membership;
  if (/\bmembers?\b/i.test(text.slice(bloc.start, bloc.end))) return true;
  const words = gap.map((p) => ("norm" in p ? p.norm : ""));
  // "such as", "consisting of": a cue of two words
  return words.some(
    (w, i) => cues.has(w) || CUE_MARKS.has(w) || (i > 0 && cues.has(`${words[i - 1]} ${w}`)),
  );
}

export const blocMembers: PolicyRule = {
  name: "bloc-members",
  pattern: [
    { ent: ["Region"], as: "bloc" },
    { gap: 5, overVerb: false, as: "gap" },
    { ent: ["Country"], as: "members" },
  ],
  mayApply: namesMemberOfBloc,
  produce(view, caps) {
    const bloc = ent(view, caps, "bloc").items.at(-1) as Item;
    const gap = view.pieces.slice((caps.get("bloc") as number) + 1, caps.get("members"));
    if (!membershipCue(gap, bloc, view.text) || crossesClause(gap)) return [];
    return ent(view, caps, "members")
      .items.filter((c) => memberOf(c, bloc))
      .map((c) => link(c.id, "PART_OF", bloc.id));
  },
  examples: [
    {
      sentence: "Trade with BRICS members Brazil, Russia and India grew.",
      links: [
        ["country:BRA", "PART_OF", "region:brics"],
        ["country:RUS", "PART_OF", "region:brics"],
        ["country:IND", "PART_OF", "region:brics"],
      ],
    },
    {
      sentence: "Exports to ASEAN countries such as Vietnam and Malaysia rose.",
      links: [
        ["country:VNM", "PART_OF", "region:asean"],
        ["country:MYS", "PART_OF", "region:asean"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "Trade with ASEAN, Japan and Thailand grew.",
      notLinked: [
        ["country:JPN", "region:asean"],
        ["country:THA", "region:asean"],
      ],
    },
    {
      sentence: "Exports to ASEAN members grew, while trade with Thailand fell.",
      notLinked: [["country:THA", "region:asean"]],
    },
  ],
};
