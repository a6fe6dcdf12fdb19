/**
 * A person's name that contains a place name is no place: "Minister Jordan Lee", "Georgia
 * Chen said", "Chad Wilson, spokesperson of …", and the speakers a briefing's layout found.
 *
 * Why: given names and surnames are often place names; a title before the name, a verb of
 * saying or a role after it, or the speaker list say it is a person (gold convention: place
 * names inside a person's name are no entities).
 */
import type { LineReading, LineRule, Mention } from "./types.js";
import { alternation, SHAPES } from "./vocabulary.js";

const P = SHAPES.person;
const NAME_WORD = "[A-Z][a-z'’-]+";
/** "Minister Jordan Lee": a title, then the capitalised words of a name */
const AFTER_TITLE = new RegExp(
  `\\b${alternation(P.titles)}\\s+((?:${NAME_WORD}\\s+){0,2}${NAME_WORD})`,
  "g",
);
/** "Georgia Chen said", "Chad Wilson, spokesperson": a two- or three-word name, then saying or a role */
const BEFORE_SAYING = new RegExp(
  `\\b(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})(?=\\s+${alternation(P.speechVerbs)}\\b|,\\s+(?:the\\s+|a\\s+)?${alternation(P.roles)}\\b)`,
  "g",
);

/** The spans of personal names in the line. */
function personSpans(r: LineReading): Array<[number, number]> {
  const chunk = r.text.slice(r.line.start, r.line.end);
  const out: Array<[number, number]> = [];
  for (const re of [AFTER_TITLE, BEFORE_SAYING]) {
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      const start = r.line.start + m.index + m[0].indexOf(m[1]);
      if (isPersonName(r, start, start + m[1].length)) out.push([start, start + m[1].length]);
    }
  }
  for (const name of r.persons ?? []) {
    for (let at = chunk.indexOf(name); at >= 0; at = chunk.indexOf(name, at + 1))
      out.push([r.line.start + at, r.line.start + at + name.length]);
  }
  return out;
}

const NOT_NAME_WORDS = new Set(
  [...P.titles, ...SHAPES.agency.heads, ...SHAPES.title.leading].flatMap((w) => w.split(" ")),
);
const isPlace = (m: Mention) => m.entity.type === "Country" || m.entity.type === "Region";

/**
 * A name is a person's when its words outside places are no title, body or function word,
 * no mention in it is a body, a measure, a zone or goods, and no mention crosses its edges.
 */
function isPersonName(r: LineReading, start: number, end: number): boolean {
  const inside = r.mentions.filter((m) => m.start < end && m.end > start);
  if (!inside.every((m) => m.start >= start && m.end <= end && isPlace(m))) return false;
  let rest = r.text.slice(start, end);
  for (const m of inside) rest = rest.replace(m.surface, " ");
  return rest.split(/\s+/).every((w) => !NOT_NAME_WORDS.has(w));
}

export const personName: LineRule = {
  name: "person-name",
  drops: true,
  apply(r) {
    // only places are dropped: a line without one is not read for names
    if (!r.mentions.some(isPlace)) return r.mentions;
    const spans = personSpans(r);
    if (spans.length === 0) return r.mentions;
    const inName = (m: Mention) =>
      isPlace(m) && spans.some(([s, e]) => m.start >= s && m.end <= e && e - s > m.end - m.start);
    return r.mentions.filter((m) => !inName(m));
  },
  examples: [
    { in: "Minister Jordan Lee said exports to Jordan rose.", find: "Jordan", type: "Country" },
    { in: "Georgia Chen said trade with Georgia grew.", find: "Georgia", type: "Country" },
    {
      in: "The United States said tariffs would rise.",
      find: "The United States",
      type: "Country",
    },
    { in: "Hubei Governor Wang Lin said exports rose.", find: "Hubei", type: "Region" },
  ],
  counterExamples: [
    { in: "Minister Jordan Lee visited Beijing.", not: "Jordan Lee" },
    { in: "Georgia Chen said the data were strong.", not: "Georgia Chen" },
    { in: "Chad Wilson, spokesperson of the bank, spoke.", not: "Chad Wilson" },
    { in: "Lin Wei:\n\nTrade with Laos grew.\n\nJordan Ma:\n\nExports rose.", not: "Jordan" },
  ],
};
