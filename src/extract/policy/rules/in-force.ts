/**
 * APPLIES_TO for each country an agreement is in force with: "the RCEP came into effect in
 * China and Japan in January and in South Korea in February".
 *
 * Why a walk after the verb: dates split the list of countries; every country introduced by
 * "in", "for", "with", "between", "and" or a comma before the next verb is one the agreement is
 * in force for.
 */
import type { Link, Piece, PolicyRule } from "../types.js";
import { ent, link } from "./helpers.js";

const INTRO = new Set(["in", "for", "with", "between", "and", ","]);
const CLAUSE = new Set(["and", "but", "while", "which", "as", "so"]);

/** The word introducing piece i, past an article ("for the Philippines"): names keep theirs. */
function introducer(pieces: Piece[], i: number): Piece | undefined {
  const prev = pieces[i - 1];
  return prev?.kind === "word" && prev.norm === "the" ? pieces[i - 2] : prev;
}

/** ", and …", ", which …": a new clause starts; its countries are not the agreement's. */
function clauseBreak(pieces: Piece[], i: number): boolean {
  const p = pieces[i];
  const next = pieces[i + 1];
  return p.kind === "punct" && p.norm === "," && next?.kind === "word" && CLAUSE.has(next.norm);
}

export const inForce: PolicyRule = {
  name: "in-force",
  pattern: [
    { ent: ["Measure"], as: "measure" },
    { gap: 3, overVerb: false },
    { verb: ["IN_FORCE"], as: "verb" },
  ],
  produce(view, caps) {
    const measures = ent(view, caps, "measure").items.filter((i) => i.type === "Measure");
    const out: Link[] = [];
    for (let i = (caps.get("verb") as number) + 1; i < view.pieces.length; i++) {
      const p = view.pieces[i];
      if (p.kind === "verb" || clauseBreak(view.pieces, i)) break;
      const prev = introducer(view.pieces, i);
      if (p.kind !== "ent" || !prev || !INTRO.has(prev.norm)) continue;
      for (const c of p.items)
        if (c.type === "Country" || c.kind === "ECONOMIC_BLOC")
          for (const m of measures) out.push(link(m.id, "APPLIES_TO", c.id));
    }
    return out;
  },
  examples: [
    {
      sentence: "The RCEP took effect in China and Japan in January and in Malaysia in March.",
      links: [
        ["measure:rcep", "APPLIES_TO", "country:CHN"],
        ["measure:rcep", "APPLIES_TO", "country:JPN"],
        ["measure:rcep", "APPLIES_TO", "country:MYS"],
      ],
    },
    {
      sentence:
        "The agreement's upgrade protocol and the RCEP entered into force for the Philippines last June.",
      links: [["measure:rcep", "APPLIES_TO", "country:PHL"]],
    },
    {
      sentence: "In 2023 the RCEP came into force for the Philippines.",
      links: [["measure:rcep", "APPLIES_TO", "country:PHL"]],
    },
  ],
  counterExamples: [
    {
      sentence: "The RCEP took effect, and trade with Japan grew.",
      notLinked: [["measure:rcep", "country:JPN"]],
    },
    {
      sentence: "The RCEP took effect, and the Philippines ratified it later.",
      notLinked: [["measure:rcep", "country:PHL"]],
    },
  ],
};
