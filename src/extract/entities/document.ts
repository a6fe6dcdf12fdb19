/**
 * The mentions of a whole document: its content lines as the layout reads them, without the
 * lines that only name a news outlet asking a question; the people it names hold no place.
 */
import type { BriefingLayout } from "../layout/index.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { findMentions } from "./mentions.js";
import type { MentionIndex } from "./types.js";

export function documentMentions(
  text: string,
  layout: BriefingLayout,
  gazetteer: Gazetteer,
): MentionIndex {
  const outlets = new Set(layout.outletLines.map((l) => l.start));
  const persons = [...new Set([...layout.speakers, ...layout.roster.map((r) => r.name)])];
  return findMentions(
    text,
    layout.lines.filter((l) => !outlets.has(l.start)),
    gazetteer,
    persons,
  );
}
