/**
 * Quoted phrases that name a measure: '"two-step declaration" reform', 'promoted the
 * "one-stop" clearance model', '"zero-tariff" policy'.
 *
 * Why: official English puts the name of a new practice in quotes; the words around the quote
 * (data/entity-shapes.json `quotedMeasure`) say it is a measure and not a quotation.
 */
import type { Candidate, ShapeRule } from "../types.js";
import { alternation, SHAPES } from "../vocabulary.js";
import { candidate, entity, matchesIn } from "./helpers.js";

const Q = SHAPES.quotedMeasure;
const NOT_FIRST = new Set(Q.notFirstWords);
const QUOTE = /["\u201c]([^"\u201c\u201d\n]{3,80}?)["\u201d]/g;
const CUE_BEFORE = new RegExp(`\\b${alternation(Q.cuesBefore)}\\W+(?:[\\w-]+\\W+){0,3}$`, "i");
const HEAD_AFTER = new RegExp(`^\\W{0,2}\\s*${alternation(Q.headsAfter)}\\b`);
// Why: in '"zero-tariff" policy' or '"processing and value-adding" tax exemption policy' the
// words after the quote are part of the name; read apart, the head would become a second,
// generic measure ("tax exemptions")
const NAME_HEAD_AFTER = new RegExp(
  `^["\\u201d]\\s+((?:[a-z-]+\\s+){0,2}${alternation(Q.nameHeadsAfter)})\\b`,
);

function find(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesIn(QUOTE, text, from, to)) {
    const inner = m[1].replace(/[\s,.;:!?]+$/, "");
    const words = inner.split(/\s+/);
    const closing = m.at + 1 + m[1].length;
    const head = NAME_HEAD_AFTER.exec(text.slice(closing, to));
    // one quoted word names a measure only with its head: '"zero-tariff" policy'
    if ((words.length < 2 && !head) || words.length > 12 || /[?!]/.test(inner)) continue;
    if (/^[A-Z]/.test(inner) && words.length > 4) continue;
    // '"almost unprecedented" export controls': a quoted adverb phrase describes, it names nothing
    if (NOT_FIRST.has(words[0].toLowerCase()) || /ly$/.test(words[0])) continue;
    if (head) {
      const name = `${inner} ${head[1].replace(/\s+/g, " ")}`;
      const kind = /polic/.test(head[1]) ? "POLICY" : "FACILITATION";
      const info = entity("Measure", name, kind, "measure");
      out.push(candidate("quoted-measure", m.at, closing + head[0].length, info));
      continue;
    }
    const before = text.slice(Math.max(from, m.at - 60), m.at);
    const after = text.slice(m.at + m[0].length, Math.min(to, m.at + m[0].length + 20));
    // a head noun after the quote ('"one-stop" clearance mechanism') marks a measure by itself
    if (!CUE_BEFORE.test(before) && !HEAD_AFTER.test(after)) continue;
    const info = entity("Measure", inner, "FACILITATION", "measure");
    out.push(candidate("quoted-measure", m.at + 1, m.at + 1 + inner.length, info));
  }
  return out;
}

export const quotedMeasure: ShapeRule = {
  name: "quoted-measure",
  find,
  examples: [
    {
      in: 'Customs promoted the "green lane for fresh produce" model nationwide.',
      find: "green lane for fresh produce",
      type: "Measure",
    },
    {
      in: 'The island applies a "zero-tariff" policy to raw materials.',
      find: '"zero-tariff" policy',
      type: "Measure",
    },
    {
      in: 'It introduced "single window, one-stop service" for traders.',
      find: "single window, one-stop service",
      type: "Measure",
    },
  ],
  counterExamples: [
    {
      in: 'He said "exports were strong this year" on Monday.',
      not: "exports were strong this year",
    },
    { in: 'Officials called it "remarkable" growth.', not: "remarkable" },
    {
      in: 'Media described the measures as "almost unprecedented" export controls.',
      not: "almost unprecedented",
    },
  ],
};
