/**
 * APPLIES_TO from a tariff, duty or ban to the country whose goods it is laid on, China
 * included: "tariffs on $200 billion of Chinese goods", "duties on steel from Japan", "a ban
 * on China's farm exports".
 *
 * Why a rule apart from measure-target: there China is left out (it is the party acting in
 * these texts), but goods of a named origin are what the measure is laid on, whoever names
 * them. Why the guards: only an amount ("$5 billion of", "hundreds of billions of dollars
 * worth of") or a quantifier ("all", "certain") may stand between "on" and the origin, and
 * the origin must name goods (a goods noun or a named good, data: cues.originNouns), so
 * "tariffs on steel hurt Chinese exports" and "duties on Chinese firms" say nothing of it.
 */
import type { Piece, PolicyRule, SentenceView } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { between, crossesClause, ent, link } from "./helpers.js";

const isWord = (p: Piece | undefined, words: Set<string>) =>
  p !== undefined && (p.kind === "word" || p.kind === "punct") && words.has(p.norm);
const isGood = (p: Piece | undefined) =>
  isWord(p, policyVocabulary().cues.originNouns) ||
  (p?.kind === "ent" && p.items.every((i) => i.type === "Commodity"));

/** What may open the object: nothing, quantifiers, or an amount closed by "of". */
function amountOnly(ps: Piece[]): boolean {
  if (ps.length === 0) return true;
  if (ps.some((p) => p.kind === "ent" || p.kind === "verb" || isWord(p, COMMAS))) return false;
  const last = ps[ps.length - 1];
  return isWord(last, OF) || ps.every((p) => isWord(p, policyVocabulary().cues.originQuantifiers));
}
const COMMAS = new Set([",", ";", ":"]);
const OF = new Set(["of"]);
const FROM = new Set(["from"]);

/** The country piece at c gives the origin of goods: "Chinese goods", "China's exports", "goods from China". */
function namesOrigin(view: SentenceView, prep: number, c: number): boolean {
  const ps = view.pieces;
  const gap = between(view, prep, c);
  if (crossesClause(gap)) return false;
  // "goods from China": a good, "from", the country
  if (isWord(ps[c - 1], FROM) && isGood(ps[c - 2])) return amountOnly(gap.slice(0, -2));
  const apostrophe = isWord(ps[c + 1], APOSTROPHES) && isWord(ps[c + 2], S);
  return amountOnly(gap) && isGood(ps[apostrophe ? c + 3 : c + 1]);
}
const APOSTROPHES = new Set(["'", "\u2019"]);
const S = new Set(["s"]);

export const originGoods: PolicyRule = {
  name: "origin-goods",
  pattern: [
    { ent: ["Measure"], as: "measure" },
    { words: ["on", "against"], as: "prep" },
    { gap: 10, overVerb: false, overEnt: true },
    { ent: ["Country"], as: "country" },
  ],
  produce(view, caps) {
    if (!namesOrigin(view, caps.get("prep") as number, caps.get("country") as number)) return [];
    const countries = ent(view, caps, "country").items.filter((i) => i.type === "Country");
    return ent(view, caps, "measure")
      .items.filter((m) => m.type === "Measure")
      .flatMap((m) => countries.map((c) => link(m.id, "APPLIES_TO", c.id)));
  },
  examples: [
    {
      sentence: "Washington raised tariffs on $300 billion of Chinese goods.",
      links: [["measure:tariffs-on-300-billion-of-chinese-goods", "APPLIES_TO", "country:CHN"]],
    },
    {
      sentence:
        "Washington kept tariffs on hundreds of billions of dollars worth of Chinese goods.",
      links: [
        [
          "measure:tariffs-on-hundreds-of-billions-of-dollars-worth-of-chinese-goods",
          "APPLIES_TO",
          "country:CHN",
        ],
      ],
    },
    {
      sentence: "The new tariffs on all Chinese products took effect.",
      links: [["measure:tariffs-on-all-chinese-products-took-effect", "APPLIES_TO", "country:CHN"]],
    },
    {
      sentence: "The tariffs on steel from China were doubled.",
      links: [["measure:tariffs-on-steel-from-china", "APPLIES_TO", "country:CHN"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Tariffs on steel hurt Chinese exports last year.",
      notLinked: [["measure:tariffs-on-steel-hurt-chinese-exports-last-year", "country:CHN"]],
    },
    {
      sentence: "The tariffs on American soybeans stayed, and Chinese buyers left.",
      notLinked: [["measure:tariffs-on-american-soybeans-stayed", "country:CHN"]],
    },
    {
      sentence: "The tariffs on goods bought by Chinese firms rose.",
      notLinked: [["measure:tariffs-on-goods-bought-by-chinese-firms-rose", "country:CHN"]],
    },
    {
      sentence: "The tariffs on Japan hit Chinese goods.",
      notLinked: [["measure:tariffs-on-japan-hit-chinese-goods", "country:CHN"]],
    },
  ],
};
