/**
 * Companies by their legal suffix ("China Railway Group", "... Co., Ltd.").
 *
 * Why: firms that act in a text (sign, ship, invest) are named with a suffix that says what
 * they are (data/entity-shapes.json `agency.companySuffixes`).
 */
import type { Candidate, ShapeRule } from "../types.js";
import { alternation, SHAPES } from "../vocabulary.js";
import { candidate, dropLeading, entity, matchesIn } from "./helpers.js";

const SUFFIX = alternation(SHAPES.agency.companySuffixes);
const COMPANY = new RegExp(`\\b((?:[A-Z][\\p{L}&-]*\\s){1,4}${SUFFIX})(?!\\p{L})`, "gu");
const HINT = new RegExp(SUFFIX);

function find(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  if (!HINT.test(text.slice(from, to))) return out;
  for (const m of matchesIn(COMPANY, text, from, to)) {
    const { rest, offset } = dropLeading(m[1]);
    if (!rest.includes(" ")) continue;
    const start = m.at + offset;
    const info = entity("Agency", rest, "COMPANY", "agency");
    out.push(candidate("company", start, start + rest.length, info));
  }
  return out;
}

export const company: ShapeRule = {
  name: "company",
  find,
  examples: [
    {
      in: "The deal was signed by China Railway Group on Monday.",
      find: "China Railway Group",
      type: "Agency",
      id: "agency:china-railway-group",
    },
    {
      in: "Ningbo Sunrise Trading Co., Ltd. exported more.",
      find: "Ningbo Sunrise Trading Co., Ltd.",
      type: "Agency",
    },
  ],
  counterExamples: [{ in: "The Group said so.", not: "The Group" }],
};
