/**
 * Goods named by their adjective before a flow or an industry: "agricultural imports",
 * "Livestock exports", "the aquatic industry" name the goods of "agricultural products",
 * "livestock products", "aquatic products".
 *
 * Why: trade prose drops the head noun when a flow word or "industry" follows; the
 * adjective alone then names the goods, when "<adjective> products" is a known kind of goods.
 */

import { KeyFilter } from "../../key-filter.js";
import { surfacesOf } from "../../lexicon/lexicon.js";
import { referenceGazetteer } from "../gazetteer/reference.js";
import type { Candidate, ShapeRule } from "../types.js";
import { SHAPES } from "../vocabulary.js";
import { candidate } from "./helpers.js";
import { joined, lowerKey, type Word, wordsOf } from "./words.js";

const AFTER = new Set(SHAPES.goods.adjectiveBefore);
/** the lexicon's flow words, as keys ("imports", "trade") */
const FLOWS = new Set(surfacesOf("flow"));

/** those words as one filter: most words are passed over without a look-up */
const EITHER = new KeyFilter([...AFTER, ...FLOWS]);

/** A flow noun of the lexicon ("imports", "trade") or an industry word. */
function namesGoodsAfter(x: Word): boolean {
  // a plain word is its own key
  if (x.plain && !EITHER.mayHave(x.lower)) return false;
  // a word with an apostrophe or a letter of another script ("China's") has a key no flow has
  if (!x.plain && FLOWS_ARE_ASCII && !ASCII_WORD.test(x.lower)) return AFTER.has(x.lower);
  return AFTER.has(x.lower) || FLOWS.has(lowerKey(x));
}

/** the flow keys are lower-case ASCII words, hyphens and spaces */
const ASCII_WORD = /^[a-z0-9-]+$/;
const FLOWS_ARE_ASCII = [...FLOWS].every((k) => /^[a-z0-9 -]+$/.test(k));

function find(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const words = wordsOf(text, from, to);
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1];
    if (!joined(next) || !namesGoodsAfter(next)) continue;
    const w = words[i].w;
    if (!/^[A-Za-z][a-z-]+$/.test(w)) continue;
    // the key of "<w> products" (`phraseKey`): the word's key, then "products"
    const goods = referenceGazetteer().lookupKey(`${lowerKey(words[i])} products`);
    if (goods?.type === "Commodity")
      out.push(candidate("goods-adjective", words[i].start, words[i].end, goods));
  }
  return out;
}

export const goodsAdjective: ShapeRule = {
  name: "goods-adjective",
  find,
  examples: [
    {
      in: "Agricultural imports rose 5 percent.",
      find: "Agricultural",
      type: "Commodity",
      id: "commodity:agricultural-products",
    },
    { in: "The aquatic industry grew fast.", find: "aquatic", type: "Commodity" },
  ],
  counterExamples: [
    { in: "The Ministry of Agriculture released data on imports.", not: "Agriculture" },
    { in: "Agricultural cooperation deepened.", not: "Agricultural" },
  ],
};
