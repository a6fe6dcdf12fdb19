/**
 * Bodies in title-case runs: where a body's name starts in a longer run ("Director Lu Daliang
 * of the Department of Statistical Analysis"), and a unit named with its parent ("Department
 * of International Cooperation of the Ministry of Agriculture", "Free Trade Zone and Special
 * Area Development Department of the General Administration of Customs").
 *
 * Why: a unit is an entity of its own (PART_OF its parent); the parent is kept as a mention
 * nested in the unit's name, and a person's title before "of the …" is no part of either.
 */
import { referenceGazetteer } from "../gazetteer/reference.js";
import { alternation, SHAPES } from "../vocabulary.js";

const A = SHAPES.agency;
export const AGENCY_HEAD = new RegExp(`\\b${alternation(A.heads)}$`);
export const AGENCY_OPENER = new RegExp(
  `^${alternation(A.openers)}\\b|^\\w+ ${alternation(A.secondWordOpeners)}\\b`,
);
const OF = / of (?:the )?/g;

/** A run that names a body on its own: it opens with a body word or ends with one, or is known. */
export function isBody(run: string): boolean {
  return (
    AGENCY_OPENER.test(run) ||
    AGENCY_HEAD.test(run) ||
    referenceGazetteer().lookup(run)?.type === "Agency"
  );
}

/** "Department of Statistics …", "Free Trade Zone … Department": a unit's own part. */
function isUnitPart(left: string): boolean {
  return AGENCY_OPENER.test(left) || AGENCY_HEAD.test(left);
}

/** Where the body named after "of the" starts, when what comes before names none ("Director X of the Department of Y"). */
export function bodyStart(run: string, measureHead: RegExp): number {
  if (!run.includes(" of ")) return 0;
  OF.lastIndex = 0;
  for (let m = OF.exec(run); m; m = OF.exec(run)) {
    const left = run.slice(0, m.index);
    const right = run.slice(m.index + m[0].length);
    if (isUnitPart(left) || measureHead.test(left)) return 0;
    if (AGENCY_OPENER.test(right)) return m.index + m[0].length;
  }
  return 0;
}

/** The unit and where its parent starts: "Department of X of the Ministry of Y" → "Department of X". */
export function unitAndParent(run: string): { unit: string; parentAt: number } | null {
  if (!run.includes(" of ") || referenceGazetteer().lookup(run)) return null;
  OF.lastIndex = 0;
  for (let m = OF.exec(run); m; m = OF.exec(run)) {
    const left = run.slice(0, m.index);
    const right = run.slice(m.index + m[0].length);
    if (isUnitPart(left) && isBody(right)) return { unit: left, parentAt: m.index + m[0].length };
  }
  return null;
}
