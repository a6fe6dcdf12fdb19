/**
 * Ports named by an apposition or with "of": "Erenhot, a land port", "the Port of Shanghai".
 *
 * Why: a measure "at the Port of X" applies to the port, not to the whole city; the
 * apposition says the name before it is a port (the "X Port" form is a zone suffix).
 */
import type { Candidate, ShapeRule } from "../types.js";
import { alternation, SHAPES } from "../vocabulary.js";
import { candidate, dropLeading, entity, matchesIn } from "./helpers.js";

const APPOSITION = new RegExp(
  `\\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+), an? (?:${alternation(SHAPES.ports.kinds)} )?port\\b`,
  "g",
);
const PORT_OF = /\bPort of ((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+)?)\b/g;

function find(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  if (!/ port\b|\bPort of /.test(text.slice(from, to))) return out;
  for (const m of matchesIn(APPOSITION, text, from, to)) {
    const { rest, offset } = dropLeading(m[1]);
    const start = m.at + offset;
    out.push(candidate("port", start, start + rest.length, entity("Zone", rest, "PORT", "zone")));
  }
  for (const m of matchesIn(PORT_OF, text, from, to)) {
    const info = entity("Zone", m[0], "PORT", "zone");
    out.push(candidate("port", m.at, m.at + m[0].length, info));
  }
  return out;
}

export const port: ShapeRule = {
  name: "port",
  find,
  examples: [
    { in: "Trains crossed at Moding, a land port in Guangxi.", find: "Moding", type: "Zone" },
    { in: "Ships at the Port of Shanghai waited.", find: "Port of Shanghai", type: "Zone" },
  ],
  counterExamples: [{ in: "Goods reached the port of entry.", not: "port of entry" }],
};
