/**
 * Goods named by a noun phrase with a goods head noun: "pelagic fishery products",
 * "medical protective goods", "high-value-added intermediate materials", "computer and
 * communication products" (one kind of goods), "light industrial and heavy chemical
 * products" (two).
 *
 * Why: trade prose names goods by classifying words before a head noun (data/entity-shapes.json
 * `goods.heads`); the list of traded goods is open, the shape is not. Words that only select
 * or qualify (determiners, "major", "imported", "total", flow words of the lexicon) are no
 * part of a kind of goods. Single-word modifiers joined by "and" share the head; a longer
 * first conjunct ("light industrial and …") is a kind of its own.
 */

import { KeyFilter } from "../../key-filter.js";
import { referenceGazetteer } from "../gazetteer/reference.js";
import type { Candidate, EntityInfo, ShapeRule } from "../types.js";
import { SHAPES } from "../vocabulary.js";
import { candidate, entity } from "./helpers.js";
import { joined, type Word, wordSenses, wordsOf } from "./words.js";

const G = SHAPES.goods;
const HEADS = G.heads.map((h) => h.split(" "));
const NOT_MODIFIER = new Set(G.notModifiers);
const SAME_AS_MODIFIER = new Set(G.sameAsModifier);

const HEAD_WORDS = new Set(G.heads.flatMap((h) => h.split(" ")));

/**
 * A word that can classify goods: lower case, no stop, selecting or status word, no head noun,
 * no plural noun ("exporters ship goods"), no adverb, no lexicon word but a unit.
 */
function isModifier(w: string): boolean {
  if (!/^[a-z][a-z0-9-]*$/.test(w) || NOT_MODIFIER.has(w) || HEAD_WORDS.has(w)) return false;
  if (w.endsWith("ly") || (/[^su]s$/.test(w) && !w.endsWith("ics"))) return false;
  return wordSenses(w).every((s) => s.entry.cls === "unit");
}

/** "batteries", "electronics": a known kind of goods in the plural is a list item, not a modifier. */
function isGoodsItem(w: string): boolean {
  return w.endsWith("s") && referenceGazetteer().lookup(w)?.type === "Commodity";
}

/** "materials-related items": the head of a compound adjective ends the kind of goods there. */
const RELATED = /-(?:related|based)$/;

/** the heads by their first word ("ores" → "ores and concentrates") */
const HEADS_BY_FIRST = new Map<string, string[][]>();
for (const h of HEADS) HEADS_BY_FIRST.set(h[0], [...(HEADS_BY_FIRST.get(h[0]) ?? []), h]);

/** the heads' first words as a filter: most words are passed over without a look-up */
const HEAD_FIRST = new KeyFilter(HEADS_BY_FIRST.keys());

/** How many words of the head start at word i (0 when none). */
function headAt(words: Word[], i: number): number {
  const w = words[i].w;
  // a plain word has no hyphen: "materials-related" is read below
  if (words[i].plain && !HEAD_FIRST.mayHave(w)) return 0;
  const heads =
    HEADS_BY_FIRST.get(w) ??
    (w.includes("-") ? HEADS_BY_FIRST.get(w.replace(RELATED, "")) : undefined);
  if (!heads) return 0;
  for (const h of heads) {
    const last = h.length - 1;
    let fits = true;
    for (let k = 0; k <= last && fits; k++) {
      const x = words[i + k];
      fits =
        x !== undefined &&
        (x.w === h[k] || (k === last && x.w.replace(RELATED, "") === h[k])) &&
        (k === 0 || joined(x));
    }
    if (fits) return h.length;
  }
  return 0;
}

const VERB_OPENERS = new Set(G.verbOpeners);

/**
 * "exporters ship goods", "will carry goods": a first modifier after a plural noun, a modal
 * or a pronoun (data: goods.verbOpeners) is the verb governing the phrase ("to" is left out:
 * "from steel to high-value-added materials").
 */
function verbAt(words: Word[], j: number): boolean {
  const prev = words[j - 1];
  if (prev === undefined || !joined(words[j])) return false;
  const lower = prev.w.toLowerCase();
  if (VERB_OPENERS.has(lower)) return true;
  // a plain plural noun ("exporters", "trains"), not "as", "its", "China's" or "towards"
  if (!/^[a-z]{4,}s$/.test(lower) || /(?:ss|us|is|as|ps|ds|ys|ics)$/.test(lower)) return false;
  return !isModifier(lower) && !HEAD_WORDS.has(lower);
}

/** The modifiers right before word `i`, back to the first word that is none. */
function modifiersBefore(words: Word[], i: number): number {
  let j = i;
  while (j > 0 && joined(words[j]) && isModifier(words[j - 1].w)) j--;
  if (j < i && verbAt(words, j)) j++;
  // "independently branded products": an adverb before a participle stays
  if (j > 0 && joined(words[j]) && /ly$/.test(words[j - 1].w) && /ed$/.test(words[j].w)) j--;
  // "began inspecting hazardous goods": a verb in -ing before other modifiers governs the phrase
  for (let k = i - 2; k >= j; k--) if (/ing$/.test(words[k].w)) return k + 1;
  return j;
}

/** "product catalog", "goods clearance": a head followed by another noun is a modifier itself. */
function compoundAfter(words: Word[], last: number): boolean {
  const next = words[last + 1];
  const plural = words[last].w.endsWith("s") && words[last].w !== "goods";
  if (plural || next === undefined || !joined(next)) return false;
  return isModifier(next.w) && wordSenses(next.w).length === 0;
}

const known = (name: string) => {
  const e = referenceGazetteer().lookup(name);
  return e?.type === "Commodity" ? e : undefined;
};

function goodsEntity(name: string): EntityInfo {
  return entity("Commodity", name, "CATEGORY", "commodity");
}

/** The kinds of goods ending at the head that starts at word h. */
function phrasesAt(text: string, words: Word[], h: number, n: number): Candidate[] {
  if (compoundAfter(words, h + n - 1)) return [];
  const lastWord = words[h + n - 1];
  const end = lastWord.end - (lastWord.w.match(RELATED)?.[0].length ?? 0);
  const head = text.slice(words[h].start, end);
  const first = modifiersBefore(words, h);
  if (first === h) return [];
  const right = phrase(text, words[first].start, end, words[h].start);
  const and = first - 1;
  if (!(and > 0 && words[and].w === "and" && joined(words[first]) && joined(words[and])))
    return [right];
  const left = modifiersBefore(words, and);
  if (left === and || isGoodsItem(words[and - 1].w)) return [right];
  const own = text.slice(words[left].start, words[and - 1].end);
  const whole = known(text.slice(words[left].start, end));
  if (whole) return [candidate("goods-phrase", words[left].start, end, whole)];
  const ownKind = known(`${own} ${head}`);
  const rightKind = known(text.slice(words[first].start, end));
  // "computer and communication products": one kind of goods
  if (and - left === 1 && !ownKind && !rightKind) return [phrase(text, words[left].start, end)];
  // "light industrial and heavy chemical products", "food and agricultural products": two
  const info = ownKind ?? goodsEntity(`${own} ${head}`);
  return [candidate("goods-phrase", words[left].start, words[and - 1].end, info), right];
}

/** One phrase; "steel products" is steel. */
function phrase(text: string, start: number, end: number, headStart?: number): Candidate {
  const name = text.slice(start, end).replace(/\s+/g, " ");
  const modifier = headStart === undefined ? "" : text.slice(start, headStart).trim();
  const headWord = name.slice(modifier.length).trim();
  const same = modifier && SAME_AS_MODIFIER.has(headWord) ? known(modifier) : undefined;
  const info = same ?? goodsEntity(name);
  return candidate("goods-phrase", start, end, info);
}

function find(text: string, from: number, to: number): Candidate[] {
  const words = wordsOf(text, from, to);
  const out: Candidate[] = [];
  for (let i = 1; i < words.length; i++) {
    const n = headAt(words, i);
    if (n > 0) out.push(...phrasesAt(text, words, i, n));
  }
  return out;
}

export const goodsPhrase: ShapeRule = {
  name: "goods-phrase",
  find,
  examples: [
    {
      in: "Exporters ship outdoor leisure goods to Poland.",
      find: "outdoor leisure goods",
      type: "Commodity",
    },
    {
      in: "Exports moved from toys to high-value-added intermediate materials.",
      find: "high-value-added intermediate materials",
      type: "Commodity",
    },
    {
      in: "Exports of pelagic fishery products rose.",
      find: "pelagic fishery products",
      type: "Commodity",
    },
    {
      in: "Sales of computer and communication products grew.",
      find: "computer and communication products",
      type: "Commodity",
      id: "commodity:computer-and-communication-products",
    },
    {
      in: "Trade moved from light industrial and heavy chemical products to chips.",
      find: "light industrial",
      type: "Commodity",
      id: "commodity:light-industrial-products",
    },
    {
      in: "Trade moved from light industrial and heavy chemical products to chips.",
      find: "heavy chemical products",
      type: "Commodity",
    },
    {
      in: "It bought more high-value-added intermediate materials.",
      find: "high-value-added intermediate materials",
      type: "Commodity",
    },
    {
      in: "Imports of coal products fell.",
      find: "coal products",
      type: "Commodity",
      id: "commodity:coal",
    },
    {
      in: "Exports of high-tech and green products rose.",
      find: "high-tech",
      type: "Commodity",
      id: "commodity:high-tech-products",
    },
    {
      in: "Exports of high-tech and green products rose.",
      find: "green products",
      type: "Commodity",
    },
    {
      in: "It makes lithium batteries and artificial graphite anode material.",
      find: "artificial graphite anode material",
      type: "Commodity",
    },
  ],
  counterExamples: [
    { in: "Imports of these products fell.", not: "these products" },
    { in: "Total goods trade grew.", not: "goods" },
    { in: "Major export goods rose.", not: "export goods" },
    { in: "Exports of imported goods fell.", not: "imported goods" },
    {
      in: "It buys lithium batteries and artificial graphite anode material.",
      not: "batteries and",
    },
    { in: "Customs began inspecting hazardous goods at ports.", not: "inspecting" },
    { in: "He helped exporters ship goods abroad.", not: "exporters" },
    { in: "They drew up a national maintenance product catalog.", not: "maintenance product" },
    { in: "It helps accelerate goods clearance.", not: "accelerate goods" },
    { in: "Imports of food and agricultural products rose.", not: "food and" },
    { in: "Freight trains carry goods to Poland.", not: "carry goods" },
    { in: "China's new energy vehicles sold well.", not: "energy vehicles" },
    { in: "Traders will move goods through the port.", not: "move goods" },
  ],
};
