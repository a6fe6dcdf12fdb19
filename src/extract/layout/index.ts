/**
 * The shape of a page or a press briefing: title, lines, who speaks when.
 *
 * Why: a briefing's facts belong to the official who states them, and questions from the
 * floor restate figures that are not new facts. Turns start at "Name:" lines; names listed in
 * the opening roster ("Name, title of Agency") are officials, other labels are news outlets.
 * Plain articles have no turns: everything is one turn with no speaker. The document's date
 * is read by `metadata/`.
 */
import type { Range } from "../sentences.js";
import { turnLabel } from "./labels.js";
import { contentLines } from "./lines.js";
import { isNavigationLine } from "./navigation.js";
import { type RosterEntry, readRoster } from "./roster.js";
import { checkAgainstRoster, readTurns, type Turn } from "./turns.js";
import { hasOutletWord } from "./vocabulary.js";

export { isJunkLine } from "./lines.js";
export type { RosterEntry } from "./roster.js";
export type { Turn } from "./turns.js";

export interface BriefingLayout {
  title: string | null;
  /** non-junk, non-empty lines that are no page navigation, in order */
  lines: Range[];
  turns: Turn[];
  roster: RosterEntry[];
  speakers: string[];
  /** lines that only name a news outlet asking a question: no entities there */
  outletLines: Range[];
}

/** a title is the first line, when it is no longer than this */
const TITLE_MAX = 300;
const PERSONAL_NAME = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}$/;

export function readLayout(text: string): BriefingLayout {
  // each line is cut out of the text once, for the navigation test and the turn label
  const lines: Range[] = [];
  const words: string[] = [];
  for (const l of contentLines(text)) {
    const line = text.slice(l.start, l.end);
    if (isNavigationLine(line)) continue;
    lines.push(l);
    words.push(line);
  }
  const title = lines.length > 0 && words[0].length < TITLE_MAX ? words[0] : null;
  // turn labels first, so that the roster is what comes before the first of them
  const labels = words.map(turnLabel);
  const roster = readRoster(text, lines, labels);
  const officials = new Set(roster.map((r) => r.name));
  // officials are in the roster; without one, or for a name the roster missed, a label shaped
  // like a personal name and free of news-outlet words is a person (questions are sorted out below)
  const isPerson = (label: string) =>
    officials.has(label) ||
    (!hasOutletWord(label) && !/^The\b/.test(label) && PERSONAL_NAME.test(label));
  const reading = readTurns(text, lines, labels, isPerson);
  checkAgainstRoster(text, reading, officials);
  const { turns, speakers, outletLines } = reading;
  return {
    title,
    lines,
    turns: turns.filter((t) => t.end > t.start || t === turns[0]),
    roster,
    speakers,
    outletLines,
  };
}
