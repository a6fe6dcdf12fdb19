/**
 * Mentions that name no entity of the document, dropped after settling: a dateline's place,
 * a compass word before a province, a news outlet, a country named in a currency.
 *
 * Why: the gold convention (../shared/gold/README.md) lists what a text names as taking part
 * in trade or policy; where a report was filed, who published it and what money it counts in
 * are none of that.
 */

import { LABELS } from "../layout/vocabulary.js";
import { surfacesOf } from "../lexicon/lexicon.js";
import type { LineReading, LineRule, Mention } from "./types.js";
import { alternation, SHAPES } from "./vocabulary.js";

/** A rule that drops mentions: `reader` reads the line once and says which mention is none. */
function dropping(
  name: string,
  reader: (r: LineReading) => (m: Mention) => boolean,
  examples: Pick<LineRule, "examples" | "counterExamples">,
): LineRule {
  return {
    name,
    drops: true,
    apply(r) {
      // a line without mentions has none to drop: its reading is saved
      if (r.mentions.length === 0) return r.mentions;
      const isNot = reader(r);
      // most lines drop nothing: their mentions are passed on without a copy
      if (!r.mentions.some(isNot)) return r.mentions;
      return r.mentions.filter((m) => !isNot(m));
    },
    ...examples,
  };
}

// "BEIJING, Jan. 20 (Xinhua) --", "HAIKOU --", "BEIJING, (APP - Point News - 14th Jul, 2020 ) :":
// the place a report was filed from, its date and its credit
const DATELINE_TAIL =
  /^\s*(?:,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?(?:(?:--|\u2014|\u2013)|,?\s*\([^)]{1,80}\)\s*(?:--|\u2014|\u2013|:))/;

/** The dateline at the start of the line, or null. */
function datelineOf(r: LineReading): { end: number } | null {
  const first = r.mentions.find((m) => !m.nested);
  if (!first || r.text.slice(r.line.start, first.start).trim() !== "") return null;
  const tail = DATELINE_TAIL.exec(r.text.slice(first.end, first.end + 120));
  return tail ? { end: first.end + tail[0].length } : null;
}

export const datelinePlace = dropping(
  "dateline-place",
  (r) => {
    const dateline = datelineOf(r);
    return (m) => dateline !== null && m.end <= dateline.end;
  },
  {
    examples: [
      {
        in: "NANJING, March 3 (Xinhua) -- Exports of Jiangsu rose.",
        find: "Jiangsu",
        type: "Region",
      },
    ],
    counterExamples: [
      { in: "NANJING, March 3 (Xinhua) -- Exports of Jiangsu rose.", not: "NANJING" },
      { in: "BEIJING -- Imports rose.", not: "BEIJING" },
      { in: "BEIJING, (APP - Laos Point News - 14th Jul, 2020 ) :Imports rose.", not: "Laos" },
    ],
  },
);

// "east China's Shandong": a direction before a province names where it is, not an area (the
// compass words: data/lexicon.json, shared with the policy layer)
const DIRECTION_AREA = new RegExp(`^${alternation(surfacesOf("compass"))} China$`, "i");

export const compassArea = dropping(
  "compass-area",
  ({ text }) =>
    (m) =>
      DIRECTION_AREA.test(m.surface) && /^['\u2019]s\s+[A-Z]/.test(text.slice(m.end, m.end + 4)),
  {
    examples: [
      {
        in: "Trade in east China's Zhejiang province grew.",
        find: "Zhejiang province",
        type: "Region",
      },
    ],
    counterExamples: [{ in: "Trade in east China's Zhejiang province grew.", not: "east" }],
  },
);

const OUTLET = new RegExp(
  `[A-Z][\\p{L}.&-]* (?:(?:and |of |& )?[A-Z][\\p{L}.&-]* ){0,3}${alternation(LABELS.outletNameHeads)}(?![\\p{L}])`,
  "gu",
);

const OUTLET_HEAD = new RegExp(alternation(LABELS.outletNameHeads));

/** "China Daily", "Xinhua News Agency": a news outlet, and the places in its name, are no entity. */
export const newsOutlet = dropping(
  "news-outlet",
  ({ text, line }) => {
    const outlets: Array<[number, number]> = [];
    const chunk = text.slice(line.start, line.end);
    // every outlet's name holds a head word: a line without one is not scanned
    if (!OUTLET_HEAD.test(chunk)) return () => false;
    OUTLET.lastIndex = 0;
    for (let o = OUTLET.exec(chunk); o; o = OUTLET.exec(chunk))
      outlets.push([line.start + o.index, line.start + o.index + o[0].length]);
    return (m) => outlets.some(([s, e]) => m.start >= s && m.end <= e);
  },
  {
    examples: [{ in: "China Daily said exports to Laos rose.", find: "Laos", type: "Country" }],
    counterExamples: [
      {
        in: "The figures were carried by Xinhua News Agency on Monday.",
        not: "Xinhua News Agency",
      },
      { in: "China Daily said exports to Laos rose.", not: "China" },
      { in: "Guangdong Radio and Television asked about Guangdong.", not: "Guangdong Radio" },
    ],
  },
);

/**
 * "U.S. dollars", "US$173 billion", "Hong Kong dollar": a country name that is part of a
 * currency's name mentions the money, not the country (it is no partner and no entity).
 */
export const currencyCountry = dropping(
  "currency-country",
  ({ text }) =>
    (m) =>
      m.entity.type === "Country" &&
      /^(?:\.?\s*\$|\.?\s+dollars?\b)/i.test(text.slice(m.end, m.end + 10)),
  {
    examples: [
      { in: "Exports to the U.S. rose to 5 billion U.S. dollars.", find: "U.S.", type: "Country" },
    ],
    counterExamples: [
      { in: "Exports rose to US$173 billion.", not: "US$" },
      { in: "Trade was worth 2 billion U.S. dollars.", not: "U.S. dollars" },
    ],
  },
);

const GENERIC = new Set(SHAPES.genericNameWords.map((w) => w.toLowerCase()));
const CONNECTOR = new Set(SHAPES.title.connectors);

/**
 * "Policies Regulations", "Free Trade Port", "Press Conference Homepage": a title made only of
 * head nouns and common title words names no one measure or zone (a section label, a menu
 * item, a kind of zone).
 */
export const genericName = dropping(
  "generic-name",
  () => (m) =>
    m.source !== "gazetteer" &&
    (m.entity.type === "Measure" || m.entity.type === "Zone") &&
    m.surface.split(/[\s-]+/).every((w) => CONNECTOR.has(w) || GENERIC.has(w.toLowerCase())),
  {
    examples: [
      { in: "The Hainan Free Trade Port grew.", find: "Hainan Free Trade Port", type: "Zone" },
      {
        in: "It follows the Tariff Adjustment Plan.",
        find: "Tariff Adjustment Plan",
        type: "Measure",
      },
    ],
    counterExamples: [
      { in: "Policies Regulations\n\nExports rose.", not: "Policies Regulations" },
      { in: "The Free Trade Port is a goal.", not: "Free Trade Port" },
    ],
  },
);
