/**
 * Zones by the suffix of their names ("Hainan Free Trade Port", "Yantian Port"), and the
 * official form with the place in brackets ("China (Zhejiang) Pilot Free Trade Zone").
 *
 * Why: new zones are approved every year; their names end in one of a few fixed suffixes
 * (data/zones.json `shapes`), so the suffix is the reference.
 */
import { PROVINCE_NAMES, ZONE_SHAPES } from "../gazetteer/reference.js";
import type { Candidate, ShapeRule } from "../types.js";
import { alternation } from "../vocabulary.js";
import { CAP, candidate, dropLeading, entity, matchesIn } from "./helpers.js";

const lastWordOf = (suffix: string) => suffix.slice(suffix.lastIndexOf(" ") + 1);

/** the suffixes' last words ("Zone", "Port"): a line without any holds no suffix */
const LAST_WORDS = [...new Set(ZONE_SHAPES.map((z) => lastWordOf(z.suffix)))];

/** each shape with its pattern and its last word's bit among the line's last words present */
const BY_SUFFIX = ZONE_SHAPES.map((shape) => ({
  shape,
  re: new RegExp(`((?:${CAP} ){1,6})${shape.suffix}\\b`, "gu"),
  bit: 1 << LAST_WORDS.indexOf(lastWordOf(shape.suffix)),
}));
if (LAST_WORDS.length > 31) throw new Error("zone suffixes: more last words than bits");

const FORMAL = new RegExp(
  `\\bChina \\(([A-Z][\\w-]*(?: [A-Z][\\w-]*)?)\\) (${alternation(ZONE_SHAPES.map((z) => z.suffix))})\\b`,
  "g",
);

function bySuffix(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const chunk = text.slice(from, to);
  // the last words present, each searched once: a suffix is searched only after its last word
  let present = 0;
  for (let k = 0; k < LAST_WORDS.length; k++) if (chunk.includes(LAST_WORDS[k])) present |= 1 << k;
  if (present === 0) return out;
  for (const { shape, re, bit } of BY_SUFFIX) {
    if ((present & bit) === 0 || !chunk.includes(shape.suffix)) continue;
    for (const m of matchesIn(re, text, from, to)) {
      const { rest, offset } = dropLeading(m[1]);
      if (!rest.trim()) continue;
      const start = m.at + offset;
      let end = m.at + m[0].length;
      // "the Guangdong-Macao In-depth Cooperation Zone in Hengqin": the place belongs to the
      // name; a province ("… Development Zone in Hainan") only says where the zone lies
      const tail = /^ in ([A-Z][a-z]+)\b/.exec(text.slice(end, to));
      if (tail && shape.kind === "COOPERATION_ZONE" && !PROVINCE_NAMES.has(tail[1]))
        end += tail[0].length;
      const name = text.slice(start, end);
      out.push(candidate("zone-suffix", start, end, entity("Zone", name, shape.kind, "zone")));
    }
  }
  return out;
}

/** "China (Zhejiang) Pilot Free Trade Zone" is the same zone as "Zhejiang Pilot Free Trade Zone". */
function formal(text: string, from: number, to: number): Candidate[] {
  if (!text.slice(from, to).includes("China (")) return [];
  const out: Candidate[] = [];
  for (const m of matchesIn(FORMAL, text, from, to)) {
    const shape = ZONE_SHAPES.find((z) => z.suffix === m[2]);
    if (!shape) continue;
    const info = entity("Zone", `${m[1]} ${m[2]}`, shape.kind, "zone");
    out.push(candidate("zone-suffix", m.at, m.at + m[0].length, info));
  }
  return out;
}

export const zoneSuffix: ShapeRule = {
  name: "zone-suffix",
  find: (text, from, to) => [...bySuffix(text, from, to), ...formal(text, from, to)],
  examples: [
    {
      in: "Trade of the Hainan Free Trade Port grew.",
      find: "Hainan Free Trade Port",
      type: "Zone",
    },
    {
      in: "Firms in the China (Zhejiang) Pilot Free Trade Zone exported more.",
      find: "China (Zhejiang) Pilot Free Trade Zone",
      type: "Zone",
      id: "zone:zhejiang-pilot-free-trade-zone",
    },
    {
      in: "It opened the Guangdong-Macao In-depth Cooperation Zone in Hengqin last year.",
      find: "Guangdong-Macao In-depth Cooperation Zone in Hengqin",
      type: "Zone",
    },
    { in: "Ships called at Yantian Port in May.", find: "Yantian Port", type: "Zone" },
    {
      in: "Firms in the Yangpu Economic Development Zone in Hainan imported more.",
      find: "Yangpu Economic Development Zone",
      type: "Zone",
      id: "zone:yangpu-economic-development-zone",
    },
    {
      in: "Exports from the Liangjiang New Area rose.",
      find: "Liangjiang New Area",
      type: "Zone",
      id: "zone:liangjiang-new-area",
    },
  ],
  counterExamples: [{ in: "Cargo left the port on time.", not: "port" }],
};
