/**
 * PART_OF for a member named before its bloc: "Vietnam ranked first among ASEAN members",
 * "Kenya and other African Union members".
 *
 * Why the same two checks as bloc-members: a cue ("among", "other", "fellow", "members") and
 * the bloc's published member list.
 */
import type { Item, PolicyRule } from "../types.js";
import { memberOf, membershipCue, namesMemberOfBloc } from "./bloc-members.js";
import { crossesClause, ent, link } from "./helpers.js";

export const membersBeforeBloc: PolicyRule = {
  name: "members-before-bloc",
  pattern: [
    { ent: ["Country"], as: "members" },
    { gap: 8, overVerb: true, as: "gap" },
    { ent: ["Region"], as: "bloc" },
  ],
  mayApply: namesMemberOfBloc,
  produce(view, caps) {
    const bloc = ent(view, caps, "bloc").items[0] as Item;
    const gap = view.pieces.slice((caps.get("members") as number) + 1, caps.get("bloc"));
    if (!membershipCue(gap, bloc, view.text) || crossesClause(gap)) return [];
    return ent(view, caps, "members")
      .items.filter((c) => memberOf(c, bloc))
      .map((c) => link(c.id, "PART_OF", bloc.id));
  },
  examples: [
    {
      sentence: "Thailand ranked second among ASEAN members.",
      links: [["country:THA", "PART_OF", "region:asean"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Japan traded more with ASEAN members.",
      notLinked: [["country:JPN", "region:asean"]],
    },
  ],
};
