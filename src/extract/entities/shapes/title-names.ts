/**
 * Title-case names of measures, laws, expos and agencies, named by their head noun
 * (data/entity-shapes.json `measureHeads`, `agency.heads`): "Foreign Trade Law", "Canton
 * Trade Fair", "Department of Statistics and Analysis of the General Administration of
 * Customs" (a unit, with its parent nested), "CPC Central Committee".
 *
 * Why: laws, plans, fairs and bodies are named in title case in official English, and new
 * ones appear every year; their head noun says what they are.
 */
import type { Candidate, ShapeRule } from "../types.js";
import { alternation, SHAPES } from "../vocabulary.js";
import { AGENCY_HEAD, AGENCY_OPENER, bodyStart, unitAndParent } from "./agency-titles.js";
import { candidate, entity } from "./helpers.js";
import { titleRuns } from "./title-runs.js";

const MEASURE_KINDS = SHAPES.measureHeads.map(({ kind, heads }) => ({
  kind,
  re: new RegExp(`\\b${alternation(heads)}\\b`),
}));
const ANY_MEASURE_HEAD = new RegExp(
  `\\b${alternation(SHAPES.measureHeads.flatMap((k) => k.heads))}\\b`,
);

function agency(start: number, name: string, end = start + name.length): Candidate {
  return candidate("title-name", start, end, entity("Agency", name, "GOVERNMENT", "agency"));
}

/** A body's run: a unit with its parent nested, or one body. */
function body(start: number, run: string): Candidate[] {
  // "20th CPC Central Committee" is the CPC Central Committee
  const ord = /^\d{1,2}(?:st|nd|rd|th) /.exec(run)?.[0].length ?? 0;
  const s = start + ord;
  const name = run.slice(ord);
  const split = unitAndParent(name);
  if (!split) return [agency(s, name)];
  const parent = name.slice(split.parentAt);
  return [agency(s, split.unit, s + name.length), agency(s + split.parentAt, parent)];
}

/** The first three words of a name, before any "of". */
function openingOf(name: string): string {
  return name
    .split(" ")
    .slice(0, 3)
    .join(" ")
    .replace(/ of.*$/, "");
}

/** What a run names: a body (opened by a body word), a measure by its head, or a body by its head. */
function classify(start: number, run: string): Candidate[] {
  const at = bodyStart(run, ANY_MEASURE_HEAD);
  const name = run.slice(at);
  const s = start + at;
  if (AGENCY_OPENER.test(name) && AGENCY_HEAD.test(openingOf(name))) return body(s, name);
  // one test of all heads first: most runs name no measure
  const kind = ANY_MEASURE_HEAD.test(name)
    ? MEASURE_KINDS.find(({ re }) => re.test(name))?.kind
    : undefined;
  if (kind)
    return [candidate("title-name", s, s + name.length, entity("Measure", name, kind, "measure"))];
  return AGENCY_HEAD.test(name) || unitAndParent(name) ? body(s, name) : [];
}

function find(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (const { start, run } of titleRuns(text, from, to))
    for (const c of classify(start, run)) out.push(c);
  return out;
}

export const titleName: ShapeRule = {
  name: "title-name",
  find,
  examples: [
    {
      in: "It follows the Foreign Trade Law of China.",
      find: "Foreign Trade Law of China",
      type: "Measure",
    },
    {
      in: "Data came from the Department of Statistics and Analysis of the General Administration of Customs.",
      find: "Department of Statistics and Analysis of the General Administration of Customs",
      type: "Agency",
      id: "agency:gacc-department-of-statistics-and-analysis",
    },
    {
      in: "The Department of Trade Remedies of the Ministry of Ocean Affairs (MOA) said so.",
      find: "Ministry of Ocean Affairs",
      type: "Agency",
    },
    {
      in: "said Director Lu Ming of the Department of Statistical Analysis on Monday.",
      find: "Department of Statistical Analysis",
      type: "Agency",
    },
    {
      in: "said Wang Li, director of the Port Area Development Department of the General Administration of Customs.",
      find: "Port Area Development Department of the General Administration of Customs",
      type: "Agency",
      id: "agency:gacc-port-area-development-department",
    },
    {
      in: "said an economist at the State Economy Center's Department of Price Forecasting.",
      find: "Department of Price Forecasting",
      type: "Agency",
      id: "agency:state-economy-center-department-of-price-forecasting",
    },
    { in: "The Canton Trade Fair opened.", find: "Canton Trade Fair", type: "Measure" },
    {
      in: "China met the goals of the 14th Five-Year Plan.",
      find: "14th Five-Year Plan",
      type: "Measure",
    },
    {
      in: "It announced the 2018 Tariff Reduction Plan.",
      find: "2018 Tariff Reduction Plan",
      type: "Measure",
    },
    {
      in: "Zone Management Opens a New Chapter The Measures for the Administration of Bonded Parks will apply",
      find: "Measures for the Administration of Bonded Parks",
      type: "Measure",
    },
    {
      in: "The Ministry of Ocean Affairs on Monday unveiled a plan.",
      find: "Ministry of Ocean Affairs",
      type: "Agency",
    },
    {
      in: "The two ministries issued the \"Notice on the 'Green Lane' Policy for Fresh Fruit in Coastal Ports\" on Monday.",
      find: "Notice on the 'Green Lane' Policy for Fresh Fruit in Coastal Ports",
      type: "Measure",
    },
    {
      in: 'They published the "Island Port "Duty Free" Spare Parts List" in May.',
      find: 'Island Port "Duty Free" Spare Parts List',
      type: "Measure",
    },
    {
      in: "the 3rd Regional Trade Committee met",
      find: "Regional Trade Committee",
      type: "Agency",
    },
  ],
  counterExamples: [
    { in: "Exports To Europe Rose, the headline said.", not: "Exports To Europe Rose" },
    { in: "In Beijing, trade grew.", not: "In Beijing" },
    {
      in: "said Director Lu Ming of the Department of Statistical Analysis.",
      not: "Director Lu Ming",
    },
    { in: "the plenary session of the 20th Central Committee of the CPC", not: "20th" },
    {
      in: 'The Trade Development Plan "Open Doors" was praised.',
      not: 'Trade Development Plan "Open Doors"',
    },
  ],
};
