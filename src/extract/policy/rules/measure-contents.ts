/**
 * APPLIES_TO from a measure to the goods it is said to hold: "released the Duty-Free Goods
 * Catalogue, including farm products such as apples, and metals such as copper" → the
 * catalogue applies to each good named in the tail (the groups and their examples alike).
 *
 * Why a rule of its own: the tail is long (groups, examples, "as well as …") and may follow a
 * bracketed aside ("(see the annex for the full list)"), beyond the short gap of
 * measure-target; only goods are read, and the tail ends at the clause's end or next verb.
 * Words: data/policy-verbs.json cues.contents.
 */
import type { Piece, PolicyRule } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { breaksClause, link } from "./helpers.js";

/** a comma, or the quote that closes a quoted title */
const CLOSING = new Set([",", '"', "\u201d", "'", "\u2019"]);

/** Pieces between the measure and the cue: a bracketed aside, commas and closing quotes only. */
function asideOnly(ps: Piece[]): boolean {
  let depth = 0;
  for (const p of ps) {
    const norm = "norm" in p ? p.norm : "";
    if (norm === "(") depth++;
    else if (norm === ")") depth--;
    else if (depth === 0 && !CLOSING.has(norm)) return false;
    if (depth < 0) return false;
  }
  return depth === 0;
}

export const measureContents: PolicyRule = {
  name: "measure-contents",
  pattern: [
    { ent: ["Measure"], as: "measure" },
    { gap: 24, overEnt: true, overVerb: true },
    { words: [...policyVocabulary().cues.contents], as: "cue" },
  ],
  produce(view, caps) {
    const m = caps.get("measure") as number;
    const cue = caps.get("cue") as number;
    if (!asideOnly(view.pieces.slice(m + 1, cue))) return [];
    const measure = view.pieces[m];
    if (measure.kind !== "ent") return [];
    const goods: string[] = [];
    for (let i = cue + 1; i < view.pieces.length; i++) {
      const p = view.pieces[i];
      if (p.kind === "verb" || breaksClause(p) || ("norm" in p && p.norm === ".")) break;
      if (p.kind === "ent")
        for (const it of p.items) if (it.type === "Commodity" && !it.pronoun) goods.push(it.id);
    }
    return measure.items
      .filter((it) => it.type === "Measure" && !it.pronoun)
      .flatMap((it) => goods.map((g) => link(it.id, "APPLIES_TO", g)));
  },
  examples: [
    {
      sentence:
        "The ministry released the Duty-Free Goods Catalogue, including farm products such as apples, and metal products such as copper.",
      links: [
        ["measure:duty-free-goods-catalogue", "APPLIES_TO", "commodity:apples"],
        ["measure:duty-free-goods-catalogue", "APPLIES_TO", "commodity:copper"],
      ],
    },
    {
      sentence:
        'The ministry released the "Duty-Free Goods Catalogue" (see the annex for the full text), covering copper and urea.',
      links: [
        ["measure:duty-free-goods-catalogue", "APPLIES_TO", "commodity:copper"],
        ["measure:duty-free-goods-catalogue", "APPLIES_TO", "commodity:urea"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence:
        "The ministry released the Duty-Free Goods Catalogue and then reported exports including copper.",
      notLinked: [["measure:duty-free-goods-catalogue", "commodity:copper"]],
    },
    {
      sentence:
        "The ministry released the Duty-Free Goods Catalogue, including rules for firms; copper exports rose.",
      notLinked: [["measure:duty-free-goods-catalogue", "commodity:copper"]],
    },
  ],
};
