/**
 * PART_OF for members named in a clause that ranks or counts them "among" their bloc:
 * "Vietnam rose to the top slot among ASEAN members", "Among the other RCEP members, China has
 * signed deals with Japan and Singapore".
 *
 * Why the clause and the reference data both decide: "among BLOC members" says the countries
 * of its clause are read as members, but only a country the bloc's published member list holds
 * is linked, and a country after "while" or "but" belongs to another statement.
 */
import type { Item, Link, PolicyRule, SentenceView } from "../types.js";
import { memberOf } from "./bloc-members.js";
import { clauseAround, link, subjectPosition } from "./helpers.js";

/**
 * "Among the other RCEP members, China has …": "other" counts the clause's subject in the bloc,
 * whatever the member list (a group named as the subject's partners leaves it out).
 */
function otherMembersSubject(
  view: SentenceView,
  among: number,
  bloc: number,
  [from, to]: [number, number],
): string | undefined {
  const b = view.pieces[bloc];
  const said = view.text.slice(view.pieces[among].start, b.end).toLowerCase();
  if (!/\bother\b/.test(said)) return undefined;
  for (let k = from; k <= to; k++) {
    const p = view.pieces[k];
    if (k === bloc || p.kind !== "ent") continue;
    const c = p.items[0];
    if (p.items.length === 1 && c.type === "Country" && subjectPosition(view, k)) return c.id;
    return undefined;
  }
  return undefined;
}

export const amongBloc: PolicyRule = {
  name: "among-bloc",
  pattern: [
    { words: ["among", "amongst"], as: "among" },
    { gap: 3, overVerb: false },
    { ent: ["Region"], as: "bloc" },
  ],
  produce(view, caps) {
    const at = caps.get("bloc") as number;
    const bloc = view.pieces[at];
    if (bloc.kind !== "ent") return [];
    // the bloc heads its piece; "among them, A, B and C" folds the members into the same list
    const blocs = bloc.items.filter((b) => (b.info.members ?? []).length > 0);
    const [from, to] = clauseAround(view, at);
    const out: Link[] = [];
    for (const p of view.pieces.slice(from, to + 1)) {
      if (p.kind !== "ent") continue;
      for (const c of p.items)
        for (const b of blocs as Item[])
          if (c !== b && memberOf(c, b)) out.push(link(c.id, "PART_OF", b.id));
    }
    const self = otherMembersSubject(view, caps.get("among") as number, at, [from, to]);
    for (const b of blocs as Item[]) if (self) out.push(link(self, "PART_OF", b.id));
    return out;
  },
  examples: [
    {
      sentence: "Trade with Malaysia grew fastest, the best result among ASEAN members.",
      links: [["country:MYS", "PART_OF", "region:asean"]],
    },
    {
      sentence: "Among the BRICS members, China trades most with Brazil and Russia.",
      links: [
        ["country:BRA", "PART_OF", "region:brics"],
        ["country:RUS", "PART_OF", "region:brics"],
      ],
    },
    {
      sentence: "Among the other RCEP members, China trades most with Japan.",
      links: [
        ["country:CHN", "PART_OF", "region:rcep-countries"],
        ["country:JPN", "PART_OF", "region:rcep-countries"],
      ],
    },
    {
      sentence:
        "The central and western regions traded more with Africa. Among them, Sichuan and Yunnan led.",
      links: [
        ["region:CN-SC", "PART_OF", "region:central-and-western-regions"],
        ["region:CN-YN", "PART_OF", "region:central-and-western-regions"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "Indonesia ranked first among ASEAN members, while trade with Thailand fell.",
      notLinked: [["country:THA", "region:asean"]],
    },
    {
      sentence: "Among ASEAN members, trade grew, and exports to Japan rose.",
      notLinked: [["country:JPN", "region:asean"]],
    },
    {
      sentence: "Trade with ASEAN in tropical fruit rose. Among them, durian from Thailand led.",
      notLinked: [["country:THA", "region:asean"]],
    },
  ],
};
