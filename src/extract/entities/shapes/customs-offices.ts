/**
 * Customs offices by their shape: a place name before "Customs" ("Shenzhen Customs",
 * "Belgian Customs").
 *
 * Why: China has dozens of customs districts and every country a customs service; the place
 * before the word is what names one, so "China Customs" or "General Customs" are not offices
 * (data/entity-shapes.json `agency.notCustomsPlaces`).
 */
import type { Candidate, ShapeRule } from "../types.js";
import { SHAPES } from "../vocabulary.js";
import { candidate, entity, isLeadingWord, matchesIn } from "./helpers.js";

// "Beijing Customs District of China": the district's full name is the same office; a place
// may hold an apostrophe between syllables ("Xi'an"), not a possessive's lone "s" ("China's")
const OFFICE =
  /\b([A-Z][a-z]+(?:['’][a-z]{2,})?(?: [A-Z][a-z]+)?) [Cc]ustoms(?: District(?: of (?:the People's Republic of )?China)?)?\b/g;
const NOT_PLACES = new Set(SHAPES.agency.notCustomsPlaces);

function find(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  if (!/ [Cc]ustoms/.test(text.slice(from, to))) return out;
  for (const m of matchesIn(OFFICE, text, from, to)) {
    const words = m[1].split(" ");
    let offset = 0;
    if (isLeadingWord(words[0])) {
      if (words.length === 1) continue;
      offset = words[0].length + 1;
    }
    const place = m[1].slice(offset);
    if (NOT_PLACES.has(place)) continue;
    const start = m.at + offset;
    const info = entity("Agency", `${place} Customs`, "CUSTOMS_OFFICE", "agency");
    out.push(candidate("customs-office", start, m.at + m[0].length, info));
  }
  return out;
}

export const customsOffice: ShapeRule = {
  name: "customs-office",
  find,
  examples: [
    {
      in: "Data from Shenzhen Customs showed growth.",
      find: "Shenzhen Customs",
      type: "Agency",
      id: "agency:shenzhen-customs",
    },
    {
      in: "The Xiamen customs said exports rose.",
      find: "Xiamen customs",
      type: "Agency",
      id: "agency:xiamen-customs",
    },
    {
      in: "Figures released by Beijing Customs District of China showed growth.",
      find: "Beijing Customs District of China",
      type: "Agency",
      id: "agency:beijing-customs",
    },
    {
      in: "Xi'an Customs cleared more freight trains.",
      find: "Xi'an Customs",
      type: "Agency",
      id: "agency:xian-customs",
    },
  ],
  counterExamples: [
    { in: "Local Customs offices helped firms.", not: "Local Customs" },
    { in: "The Customs said so.", not: "The Customs" },
    { in: "Officials from China's Customs met.", not: "China's Customs" },
  ],
};
