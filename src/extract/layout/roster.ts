/**
 * The officials of a briefing: names listed before the first turn ("Name, title of Agency")
 * and names whose label carries their role ("Wang Lingjun, vice minister of the GACC:").
 */
import type { Range } from "../sentences.js";
import type { TurnLabel } from "./labels.js";
import { isMonthWord } from "./vocabulary.js";

export interface RosterEntry {
  name: string;
  /** the role text after the name, e.g. "spokesperson of the GACC" */
  role: Range;
}

const LISTED = /^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}),\s+(.+)$/;
/** without a turn label, the roster is looked for in this many opening lines */
const OPENING_LINES = 15;

export function readRoster(
  text: string,
  lines: Range[],
  labels: (TurnLabel | null)[],
): RosterEntry[] {
  const firstLabel = labels.findIndex((x) => x !== null);
  const roster: RosterEntry[] = [];
  const opening = firstLabel < 0 ? Math.min(lines.length, OPENING_LINES) : firstLabel;
  for (const l of lines.slice(0, opening)) {
    const m = LISTED.exec(text.slice(l.start, l.end));
    if (m && !/\d/.test(m[1]) && !isMonthWord(m[1].split(" ")[0])) {
      const roleStart = l.start + m[0].length - m[2].length;
      roster.push({ name: m[1], role: { start: roleStart, end: l.end } });
    }
  }
  labels.forEach((label, i) => {
    const role = label?.role === undefined ? label?.title : undefined;
    if (label && role && !roster.some((r) => r.name === label.name))
      roster.push({
        name: label.name,
        role: { start: lines[i].start + role.start, end: lines[i].start + role.end },
      });
  });
  return roster;
}
