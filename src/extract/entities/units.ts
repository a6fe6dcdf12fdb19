/**
 * Units of a body: the id of a unit says whose it is ("Department of Statistics and Analysis
 * of the GACC" → `agency:gacc-department-of-statistics-and-analysis`), and a unit written in
 * lower case after its owner ("the GAC's department of enterprise management") is read too.
 *
 * Why: "Department of International Cooperation" names a different unit in every ministry;
 * the parent in the id keeps them apart across documents, as the gold ids do.
 */
import policyWords from "../../../data/policy-verbs.json" with { type: "json" };
import { slugify } from "../slug.js";
import { entity } from "./shapes/helpers.js";
import type { LineReading, LineRule, Mention } from "./types.js";

/** the head nouns of units ("department", "bureau", …), shared with the policy layer's PART_OF rule */
const UNIT_HEADS = new Set(policyWords.unitHeads);
const POSSESSIVE = /^['’]s\s+$/;
const LOWER_UNIT = new RegExp(
  `^(?:${[...UNIT_HEADS].join("|")}) of [a-z][a-z-]*(?: (?:and |of |for )?[a-z][a-z-]*){0,8}`,
);

function isUnit(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return (
    UNIT_HEADS.has(words[0]) || UNIT_HEADS.has(words[1]) || UNIT_HEADS.has(words[words.length - 1])
  );
}

const JOIN = /^ (?:of|at|under) (?:the )?$/;

/**
 * The body a unit belongs to: nested at the end of its name, named right after it ("… at
 * the GACC"), or its owner ("the SCIO's …").
 */
function parentOf(r: LineReading, m: Mention): Mention | undefined {
  const body = (x: Mention) => x.entity.type === "Agency" && x !== m;
  return (
    r.mentions.find((x) => body(x) && x.nested && x.end === m.end && x.start > m.start) ??
    r.mentions.find(
      (x) => body(x) && !x.nested && x.start > m.end && JOIN.test(r.text.slice(m.end, x.start)),
    ) ??
    r.mentions.find(
      (x) =>
        body(x) && !x.nested && x.end < m.start && POSSESSIVE.test(r.text.slice(x.end, m.start)),
    )
  );
}

const parentSlug = (p: Mention) => p.entity.id.replace(/^agency:/, "");

/** "the GAC's department of enterprise management and audit-based control" */
function lowerCaseUnits(r: LineReading): Mention[] {
  const out: Mention[] = [];
  for (const owner of r.mentions) {
    if (owner.nested || owner.entity.type !== "Agency") continue;
    const after = r.text.slice(owner.end, r.line.end);
    const pos = /^['’]s\s+/.exec(after);
    const unit = pos ? LOWER_UNIT.exec(after.slice(pos[0].length)) : null;
    if (!pos || !unit) continue;
    const start = owner.end + pos[0].length;
    const info = entity("Agency", unit[0], "GOVERNMENT", "agency");
    info.id = `agency:${parentSlug(owner)}-${slugify(unit[0])}`;
    out.push({
      start,
      end: start + unit[0].length,
      surface: unit[0],
      entity: info,
      nested: false,
      source: "unit",
    });
  }
  return out;
}

export const unitNames: LineRule = {
  name: "unit",
  renames: true,
  apply(r) {
    const named = r.mentions.map((m) => {
      if (
        m.nested ||
        m.entity.type !== "Agency" ||
        m.source === "gazetteer" ||
        !isUnit(m.entity.name)
      )
        return m;
      const parent = parentOf(r, m);
      if (!parent || parent.entity.id === m.entity.id) return m;
      const id = `agency:${parentSlug(parent)}-${slugify(m.entity.name)}`;
      return { ...m, entity: { ...m.entity, id } };
    });
    const lower = lowerCaseUnits(r);
    return lower.length === 0 ? named : [...named, ...lower].sort((a, b) => a.start - b.start);
  },
  examples: [
    {
      in: "said Zhang Wei, director-general of the GACC's department of port control and audit-based checks.",
      find: "department of port control and audit-based checks",
      type: "Agency",
      id: "agency:gacc-department-of-port-control-and-audit-based-checks",
    },
    {
      in: "said the director of the Department of Trade Statistics at the GACC.",
      find: "Department of Trade Statistics",
      type: "Agency",
      id: "agency:gacc-department-of-trade-statistics",
    },
    {
      in: "The State Council Information Office's Press Bureau held a briefing.",
      find: "Press Bureau",
      type: "Agency",
      id: "agency:scio-press-bureau",
    },
  ],
  counterExamples: [
    { in: "The GACC's department said so.", not: "department" },
    { in: "China's office of foreign affairs said so.", not: "office of foreign affairs" },
  ],
};
