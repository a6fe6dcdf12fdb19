/**
 * Measures named by a number: "announcement (No. 47 [2021])".
 *
 * Why: announcements are cited by their number; the number is the name (a numbered plan,
 * "the 14th Five-Year Plan", is a title-case name).
 */
import type { Candidate, ShapeRule } from "../types.js";
import { candidate, entity, matchesIn } from "./helpers.js";

/** "announcement (No. 47 [2021])", "Announcement No. 70 (2025)", "Announcement No. 70 of 2025" */
const ANNOUNCEMENT = /\b[Aa]nnouncement \(?No\. ?\d+ ?(?:\[\d{4}\]|\(\d{4}\)|of \d{4})\)?/g;

function find(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  if (!text.slice(from, to).includes("nnouncement")) return out;
  for (const m of matchesIn(ANNOUNCEMENT, text, from, to)) {
    const num = /No\. ?(\d+) ?(?:\[|\(|of )(\d{4})/.exec(m[0]);
    const info = entity(
      "Measure",
      `announcement No. ${num?.[1]} [${num?.[2]}]`,
      "POLICY",
      "measure",
    );
    out.push(candidate("numbered-measure", m.at, m.at + m[0].length, info));
  }
  return out;
}

export const numberedMeasure: ShapeRule = {
  name: "numbered-measure",
  find,
  examples: [
    {
      in: "Customs issued announcement No. 47 [2021] on Monday.",
      find: "announcement No. 47 [2021]",
      type: "Measure",
      id: "measure:announcement-no-47-2021",
    },
    {
      in: "They jointly issued Announcement No. 70 (2025) on Friday.",
      find: "Announcement No. 70 (2025)",
      type: "Measure",
      id: "measure:announcement-no-70-2025",
    },
  ],
  counterExamples: [{ in: "The plan runs five years.", not: "plan" }],
};
