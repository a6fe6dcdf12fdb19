/**
 * Who speaks when: turns open at label lines; "A:" goes on with the official who answered
 * last; after a turn, a paragraph following two or more blank lines with a question mark is
 * a question from the floor (SCIO transcripts often leave the outlet out).
 */
import type { Range } from "../sentences.js";
import type { TurnLabel } from "./labels.js";
import { gapBefore } from "./lines.js";

export interface Turn extends Range {
  speaker: string | null;
  /** A question or remark from the floor: its figures are not reported as facts. */
  fromFloor: boolean;
}

export interface TurnReading {
  turns: Turn[];
  speakers: string[];
  /** lines that only name a news outlet asking a question: no entities there */
  outletLines: Range[];
}

export function readTurns(
  text: string,
  lines: Range[],
  labels: (TurnLabel | null)[],
  isPerson: (label: string) => boolean,
): TurnReading {
  const firstLabel = labels.findIndex((x) => x !== null);
  const out: TurnReading = { turns: [], speakers: [], outletLines: [] };
  let current: Turn = { start: 0, end: 0, speaker: null, fromFloor: false };
  const open = (t: Turn) => {
    current.end = t.start;
    current = t;
    out.turns.push(t);
  };
  out.turns.push(current);
  lines.forEach((l, i) => {
    const label = labels[i];
    if (label?.role === "answer") {
      open({ start: l.start, end: l.end, speaker: lastOfficial(out.turns), fromFloor: false });
    } else if (label) {
      const person = label.role !== "floor" && isPerson(label.name);
      if (!person) out.outletLines.push(l);
      open({ start: l.start, end: l.end, speaker: person ? label.name : null, fromFloor: !person });
      if (person && !out.speakers.includes(label.name)) out.speakers.push(label.name);
    } else {
      const unlabelledQuestion =
        firstLabel >= 0 && i > firstLabel && gapBefore(text, l.start) >= 2 && asks(text, l);
      if (unlabelledQuestion) open({ start: l.start, end: l.end, speaker: null, fromFloor: true });
      current.end = l.end;
    }
  });
  return out;
}

/** The speaker of the last turn an official spoke, or null. */
function lastOfficial(turns: Turn[]): string | null {
  for (let i = turns.length - 1; i >= 0; i--)
    if (turns[i].speaker && !turns[i].fromFloor) return turns[i].speaker;
  return null;
}

/** Whether the range holds a question mark (searched in place, not cut out). */
function asks(text: string, r: Range): boolean {
  const at = text.indexOf("?", r.start);
  return at >= 0 && at < r.end;
}

/** A speaker outside the roster who asks is from the floor; the roster's officials who spoke are speakers. */
export function checkAgainstRoster(
  text: string,
  reading: TurnReading,
  officials: Set<string>,
): void {
  if (officials.size === 0) return;
  const { turns, speakers } = reading;
  for (const t of turns) {
    if (t.speaker && !officials.has(t.speaker) && asks(text, t)) {
      t.speaker = null;
      t.fromFloor = true;
    }
  }
  for (let i = speakers.length - 1; i >= 0; i--)
    if (!turns.some((t) => t.speaker === speakers[i])) speakers.splice(i, 1);
  for (const name of officials)
    if (!speakers.includes(name) && speakers.length > 0 && turns.some((t) => t.speaker === name))
      speakers.push(name);
}
