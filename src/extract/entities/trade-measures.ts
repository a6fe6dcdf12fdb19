/**
 * Trade measures named by their head noun: "a 25 percent retaliatory tariff", "export customs
 * duty", "rare earth export controls", "trade sanctions on North Korea", "tariffs on Chinese
 * goods", "a 90-day truce".
 *
 * Why: tariffs, duties, controls and sanctions are the measures trade prose names most, rarely
 * in title case; a rate, a trade modifier (data/entity-shapes.json `tradeMeasure`), the goods
 * before it or an object after "on" make the noun a named measure. What a measure is laid on,
 * to the end of the clause, belongs to its name ("… on North Korea"); the mention is the
 * measure's own words.
 */
import { KeyFilter } from "../key-filter.js";
import { entity } from "./shapes/helpers.js";
import { joined, type Word, wordSenses, wordsOf } from "./shapes/words.js";
import type { LineReading, LineRule, Mention } from "./types.js";
import { SHAPES } from "./vocabulary.js";

const T = SHAPES.tradeMeasure;
const HEADS = new Set(T.heads);
const NEEDS_FLOW = new Set(T.needsFlowWord);
const NEEDS_MODIFIER = new Set(T.needsModifier);
const MODIFIERS = new Set(T.modifiers);
const NOT_NOUN = new Set(SHAPES.goods.notModifiers);
/** the heads as a filter: most words are passed over without a look-up */
const HEAD_FILTER = new KeyFilter(HEADS);

const isFlow = (w: string) => wordSenses(w).some((s) => s.entry.cls === "flow");
const isRate = (w: Word, next: Word | undefined) =>
  /^\d+(?:\.\d+)?$/.test(w.w) && (next?.w === "percent" || /^%\s*$/.test(next?.before ?? ""));

/** Where the measure's modifiers start, walking back from the head at word h. */
function firstModifier(words: Word[], h: number): number {
  let j = h;
  for (;;) {
    const w = words[j - 1];
    if (!w || !joined(words[j])) break;
    const lw = w.lower;
    if (MODIFIERS.has(lw) || isFlow(lw) || /^\d+-(?:day|month|year)$/.test(lw)) j--;
    else if (lw === "percent" && words[j - 2] && isRate(words[j - 2], w)) j -= 2;
    else break;
  }
  // "a 100% tariff": the rate before the modifiers
  if (j > 0 && isRate(words[j - 1], words[j]) && /^%\s+$/.test(words[j].before)) j--;
  return j;
}

/** "tariff costs", "duty rate": a singular head noun modifies a noun after it. */
function modifiesNext(words: Word[], h: number): boolean {
  const next = words[h + 1];
  if (words[h].w.endsWith("s") || next === undefined || !joined(next)) return false;
  return /^[a-z]+$/.test(next.w) && !NOT_NOUN.has(next.w) && !HEADS.has(next.w);
}

/** words an object after "on" may have before the clause ends, for it to belong to the name */
const OBJECT_WORDS = 14;
/** "… on barley were lifted", "… on pork in response": words the object never runs into (data: tradeMeasure.objectEnds) */
const OBJECT_ENDS = T.objectEnds.map((w) => w.split(" "));
/** "in 2019", "from March": a preposition opening a date ends the object too */
const DATE_PREPOSITIONS = new Set(["in", "from", "on", "at", "by", "for", "to", "before", "after"]);
const opensDate = (w: string | undefined) =>
  w !== undefined && (/^\d/.test(w) || wordSenses(w).some((s) => s.entry.cls === "month"));

/**
 * "… on Chinese goods rose": a finite verb of change ("rose", "grows") opens the predicate. Only
 * change verbs: a flow verb's past is also a participle inside the object ("goods exported from China").
 */
const finiteVerb = (w: string) =>
  wordSenses(w).some(
    (s) => s.entry.cls === "change" && (s.form === "past" || s.form === "present"),
  );

/** The object's words up to the first that ends it: a verb's auxiliary, a relative, a date, a finite verb. */
function objectWords(obj: string): string {
  const ws = obj.split(/\s+/);
  const lower = ws.map((w) => w.toLowerCase());
  for (let k = 1; k < ws.length; k++) {
    const ends = OBJECT_ENDS.some((e) => e.every((w, n) => lower[k + n] === w));
    const date = DATE_PREPOSITIONS.has(lower[k]) && opensDate(ws[k + 1]);
    if (ends || date || finiteVerb(lower[k])) return ws.slice(0, k).join(" ");
  }
  return obj;
}

/** "… on North Korea", "… on superhard materials-related items": what the measure is laid on, to the clause's end. */
function objectAfter(r: LineReading, end: number): string | null {
  const m = /^ on ([^.;:()]+)/.exec(r.text.slice(end, r.line.end));
  if (!m) return null;
  // "a tariff on China, and Beijing imposed …": a conjunction before a name opens a new clause
  const obj = objectWords(m[1].split(/,\s+(?:and|but|while|whereas)\s+(?=[A-Z])/)[0].trim());
  return obj.split(/\s+/).length <= OBJECT_WORDS ? obj : null;
}

function measureAt(r: LineReading, words: Word[], h: number): Mention | null {
  // most words are no head: they are passed over before the reading below, whose closure
  // would cost a scope object for every word
  const head = words[h].lower;
  if (!HEAD_FILTER.mayHave(head) || !HEADS.has(head) || modifiesNext(words, h)) return null;
  return measureOfHead(r, words, h, head);
}

function measureOfHead(r: LineReading, words: Word[], h: number, head: string): Mention | null {
  const first = firstModifier(words, h);
  const mods = words.slice(first, h).map((w) => w.lower);
  if (NEEDS_FLOW.has(head) && !mods.some(isFlow)) return null;
  if (NEEDS_MODIFIER.has(head) && mods.length === 0) return null;
  let start = words[first].start;
  // "rare earth export controls": the goods controlled belong to the name
  const goods = r.mentions.find(
    (m) => m.entity.type === "Commodity" && /^\s+$/.test(r.text.slice(m.end, start)),
  );
  if (goods && mods.length > 0) start = goods.start;
  const end = words[h].end;
  const on = /^ on /.test(r.text.slice(end, end + 4));
  if (start === words[h].start && !on) return null;
  const surface = r.text.slice(start, end);
  const object = objectAfter(r, end);
  const name = object ? `${surface} on ${object}` : surface;
  const info = entity("Measure", name.replace(/\s+/g, " "), "POLICY", "measure");
  return { start, end, surface, entity: info, nested: false, source: "trade-measure" };
}

/** A mention other than goods overlaps `m`. */
function overlapsOtherThanGoods(mentions: readonly Mention[], m: Mention): boolean {
  for (const x of mentions)
    if (x.start < m.end && m.start < x.end && x.entity.type !== "Commodity") return true;
  return false;
}

export const tradeMeasure: LineRule = {
  name: "trade-measure",
  apply(r) {
    const words = wordsOf(r.text, r.line.start, r.line.end);
    const found: Mention[] = [];
    for (let h = 0; h < words.length; h++) {
      // no closure over the loop's measure: it would cost a scope object for every word
      const m = measureAt(r, words, h);
      if (m && !overlapsOtherThanGoods(r.mentions, m)) found.push(m);
    }
    if (found.length === 0) return r.mentions;
    const kept = r.mentions.filter((x) => !found.some((m) => x.start >= m.start && x.end <= m.end));
    return [...kept, ...found].sort((a, b) => a.start - b.start);
  },
  examples: [
    {
      in: "China imposed a 25 percent retaliatory tariff on the commodity.",
      find: "25 percent retaliatory tariff",
      type: "Measure",
    },
    {
      in: "He threatened a 50% tariff on Brazil.",
      find: "50% tariff",
      type: "Measure",
      id: "measure:50-tariff-on-brazil",
    },
    {
      in: "No. 3—Implementation of export controls on certain gallium-related items; No. 4—…",
      find: "export controls",
      type: "Measure",
      id: "measure:export-controls-on-certain-gallium-related-items",
    },
    {
      in: "Goods are no longer subject to export customs duty.",
      find: "export customs duty",
      type: "Measure",
    },
    {
      in: "Countries hit by rare earth export controls gained a reprieve.",
      find: "rare earth export controls",
      type: "Measure",
    },
    {
      in: "It backed a series of trade sanctions on Iran.",
      find: "trade sanctions",
      type: "Measure",
      id: "measure:trade-sanctions-on-iran",
    },
    { in: "The government imposed tariffs on steel from Japan.", find: "tariffs", type: "Measure" },
    { in: "The two sides agreed on a 90-day truce.", find: "90-day truce", type: "Measure" },
    {
      in: "Washington threatened a 40% tariff on Chile, and Santiago answered with duties.",
      find: "40% tariff",
      type: "Measure",
      id: "measure:40-tariff-on-chile",
    },
    {
      in: "The anti-dumping duties on Chilean salmon were removed last year.",
      find: "anti-dumping duties",
      type: "Measure",
      id: "measure:anti-dumping-duties-on-chilean-salmon",
    },
    {
      in: "Beijing imposed retaliatory tariffs on Canadian canola in response.",
      find: "retaliatory tariffs",
      type: "Measure",
      id: "measure:retaliatory-tariffs-on-canadian-canola",
    },
    {
      in: "Ottawa put a 100% tariff on Chinese electric vehicles in October 2024.",
      find: "100% tariff",
      type: "Measure",
      id: "measure:100-tariff-on-chinese-electric-vehicles",
    },
    {
      in: "The export controls on graphite that took effect in December cover natural flake.",
      find: "export controls",
      type: "Measure",
      id: "measure:export-controls-on-graphite",
    },
    {
      in: "Tariffs on Brazilian coffee rose sharply.",
      find: "Tariffs",
      type: "Measure",
      id: "measure:tariffs-on-brazilian-coffee",
    },
    {
      in: "The US imposed tariffs on goods exported from Vietnam.",
      find: "tariffs",
      type: "Measure",
      id: "measure:tariffs-on-goods-exported-from-vietnam",
    },
    {
      in: "Mexico raised tariffs on steel from countries in Asia without trade deals.",
      find: "tariffs",
      type: "Measure",
      id: "measure:tariffs-on-steel-from-countries-in-asia-without-trade-deals",
    },
  ],
  counterExamples: [
    { in: "The deal helps reduce the tariff costs of trade.", not: "tariff" },
    { in: "Despite the levies, exports grew.", not: "levies" },
    { in: "Officials will perform their relevant duties.", not: "duties" },
    { in: "The conventional duty rate was cut.", not: "duty" },
    { in: "There were eight bans in force.", not: "bans" },
  ],
};
