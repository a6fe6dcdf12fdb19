/**
 * Goods named as examples of a kind of goods: "agricultural products such as coconuts",
 * "minerals (such as fused magnesia, cobalt ores and concentrates)", "chemical products like
 * xylene": each item of the list after the cue is a kind of goods.
 *
 * Why: lists of examples name goods no reference list holds (a tariff line, a new material);
 * the kind of goods before the cue says what the items are.
 */
import { lookup as lexicon } from "../lexicon/lexicon.js";
import { entity } from "./shapes/helpers.js";
import type { LineReading, LineRule, Mention } from "./types.js";
import { alternation, SHAPES } from "./vocabulary.js";

const CUE = new RegExp(`^\\s*\\(?\\s*${alternation(SHAPES.goods.exampleCues)}\\s+`);
const ITEM = /^[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*){0,3}/;
const SEPARATOR = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/;
const NOT_ITEM_WORDS = new Set(SHAPES.goods.notModifiers);

/** The item's words up to the first one that cannot name goods ("steel plates to …" → "steel plates"). */
function itemAt(s: string): string {
  const m = ITEM.exec(s);
  if (!m) return "";
  const words: string[] = [];
  for (const w of m[0].split(" ")) {
    if (NOT_ITEM_WORDS.has(w) || lexicon(w).some((x) => x.entry.cls !== "unit")) break;
    words.push(w);
  }
  return words.join(" ");
}

/** The goods listed after one kind of goods and its cue, and the shorter names they replace. */
function examplesAfter(r: LineReading, kind: Mention, drop: Set<Mention>): Mention[] {
  const { text, line } = r;
  const cue = CUE.exec(text.slice(kind.end, line.end));
  if (!cue) return [];
  const out: Mention[] = [];
  let pos = kind.end + cue[0].length;
  for (;;) {
    const item = itemAt(text.slice(pos, line.end));
    const known = r.mentions.find((m) => m.start === pos && !m.nested);
    if (known && known.end >= pos + item.length) pos = known.end;
    else if (item) {
      // "steel plates": the item is longer than the known name it starts with
      if (known) drop.add(known);
      const info = r.lookup(item) ?? entity("Commodity", item, "PRODUCT", "commodity");
      out.push({
        start: pos,
        end: pos + item.length,
        surface: item,
        entity: info,
        nested: false,
        source: "goods-example",
      });
      pos += item.length;
    } else break;
    const sep = SEPARATOR.exec(text.slice(pos, line.end));
    if (!sep) break;
    pos += sep[0].length;
  }
  return out;
}

export const goodsExamples: LineRule = {
  name: "goods-example",
  apply(r) {
    const drop = new Set<Mention>();
    const added: Mention[] = [];
    for (const m of r.mentions)
      if (m.entity.type === "Commodity" && !m.nested)
        for (const x of examplesAfter(r, m, drop)) added.push(x);
    if (added.length === 0) return r.mentions;
    const kept = r.mentions.filter((m) => !drop.has(m));
    return [...kept, ...added].sort((a, b) => a.start - b.start);
  },
  examples: [
    {
      in: "It lists agricultural products such as cassava and yams.",
      find: "cassava",
      type: "Commodity",
    },
    {
      in: "It lists agricultural products such as cassava and yams.",
      find: "yams",
      type: "Commodity",
    },
    {
      in: "Certain minerals (such as fused magnesia, cobalt ores and concentrates) are exempt.",
      find: "fused magnesia",
      type: "Commodity",
      id: "commodity:fused-magnesia",
    },
    { in: "Fertilizers (such as borax) are exempt.", find: "borax", type: "Commodity" },
    {
      in: "It moved from chemical products like steel wire to chips.",
      find: "steel wire",
      type: "Commodity",
    },
  ],
  counterExamples: [
    { in: "It lists agricultural products such as cassava, which grew.", not: "which grew" },
    { in: "Countries such as Laos traded more.", not: "Laos" },
    { in: "Imports of crude oil including from Russia rose.", not: "from Russia" },
  ],
};
