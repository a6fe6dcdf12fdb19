/**
 * PART_OF for members named in a clause that ranks or counts them "among" their bloc:
 * "Vietnam rose to the top slot among ASEAN members", "Among the other RCEP members, China has
 * signed deals with Japan and Singapore".
 *
 * Why the clause and the reference data both decide: "among BLOC members" says the countries
 * of its clause are read as members, but only a country the bloc's published member list holds
 * is linked, and a country after "while" or "but" belongs to another statement.
 */
import type { Item, Link, PolicyRule } from "../types.js";
import { memberOf } from "./bloc-members.js";
import { clauseAround, link } from "./helpers.js";

export const amongBloc: PolicyRule = {
  name: "among-bloc",
  pattern: [
    { words: ["among", "amongst"] },
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
