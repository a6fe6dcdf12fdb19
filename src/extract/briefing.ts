/**
 * The shape of a press briefing: title, date, who speaks when.
 *
 * Why: a briefing's facts belong to the official who states them, and questions from the
 * floor restate figures that are not new facts. Turns start at "Name:" lines; names listed in
 * the opening roster ("Name, title of Agency") are officials, other labels are news outlets.
 * After a turn, a paragraph following two or more blank lines with a question mark is a
 * question from the floor (SCIO transcripts often leave the outlet out). Lines mostly in a
 * script other than Latin (spam appended to scraped pages) are marked as junk and skipped.
 * Plain articles have no turns: everything is one turn with no speaker.
 */
import { referenceGazetteer } from "./gazetteer.js";
import { type Range, splitLines, trimRange } from "./sentences.js";
import { tokenize } from "./tokens.js";

export interface Turn extends Range {
  speaker: string | null;
  /** A question or remark from the floor: its figures are not reported as facts. */
  fromFloor: boolean;
}

export interface RosterEntry {
  name: string;
  /** the role text after the name, e.g. "spokesperson of the GACC" */
  role: Range;
}

export interface BriefingLayout {
  title: string | null;
  date: string | null;
  /** a dateline with month and day but no year ("HAIKOU, Jan. 20 (Xinhua) --"), when `date` is null */
  monthDay: { month: number; day: number } | null;
  /** non-junk, non-empty lines, in order */
  lines: Range[];
  turns: Turn[];
  roster: RosterEntry[];
  speakers: string[];
  /** lines that only name a news outlet asking a question: no entities there */
  outletLines: Range[];
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_RE =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DATE_MDY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`);
const DATE_DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE},?\\s+(\\d{4})\\b`);
const DATE_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
// a wire dateline: place in capitals, then month and day, no year ("BEIJING, Dec. 7 --")
const DATELINE_MD = new RegExp(
  `^[A-Z][A-Z .'-]*[A-Z],\\s+${MONTH_RE}\\s+(\\d{1,2})\\b(?!,?\\s*\\d)`,
);

/** Month and day of a dateline that states no year. */
export function findMonthDay(s: string): { month: number; day: number } | null {
  const m = DATELINE_MD.exec(s);
  if (!m) return null;
  const month = monthIndex(m[1]) + 1;
  const day = Number(m[2]);
  return month >= 1 && day >= 1 && day <= 31 ? { month, day } : null;
}

const OUTLET_WORDS =
  /\b(TV|News|Daily|Post|Times|Radio|Magazine|Herald|Finance|Agency|Press|Network|APP|App|Media|Review|Journal|Bloomberg|Reuters|Xinhua|CCTV|CGTN|Broadcasting|Television|Weekly|Economist|Observer|Online|Channel|Satellite|Group|Net|Tribune|Globe|Dispatch|Reporter|Question|Journalist|Paper|Zaobao|Caixin|Yicai|Nikkei|Kyodo|Sputnik|TASS|AFP|AP|CNN|BBC|CNBC|NHK|Phoenix|Securities|Broadcast|Post)\b/;
/** label words that start page metadata, never a speaker's turn */
const METADATA_LABEL =
  /^(Updated|Update|Source|Sources|From|Via|Editor|Editors|Published|Posted|Date|Dated|Released|Release|Time|By|Author|Writer|Written|Edited|Compiled|Contributors?|Correspondent|Tags?|Keywords?|Copyright|Print|Share|Web Editor|Last)$/i;
const LABEL =
  /^([A-Z0-9][\p{L}\p{N}'’.&-]*(?: (?:[A-Z0-9][\p{L}\p{N}'’.&-]*|of|and|the|for|in|on|de))*) ?:(.*)$/u;

export function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n.length < 3) return -1;
  return MONTHS.findIndex((m) => m.startsWith(n) && (n.length >= 4 || m.slice(0, 3) === n));
}

export function findDate(s: string): string | null {
  let m = DATE_MDY.exec(s);
  if (m) return iso(Number(m[3]), monthIndex(m[1]) + 1, Number(m[2]));
  m = DATE_DMY.exec(s);
  if (m) return iso(Number(m[3]), monthIndex(m[2]) + 1, Number(m[1]));
  m = DATE_ISO.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Lines mostly in scripts other than Latin (appended spam, navigation in other languages). */
export function isJunkLine(s: string): boolean {
  // fast path: plain ASCII lines are Latin script
  if (!/[\u0080-\uffff]/.test(s)) return false;
  let latin = 0;
  let other = 0;
  for (const ch of s) {
    if (/[A-Za-z\u00c0-\u024f]/.test(ch)) latin++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  return other > latin;
}

export function readLayout(text: string): BriefingLayout {
  const lines = splitLines(text)
    .map((r) => trimRange(text, r))
    .filter((r) => r.end > r.start && !isJunkLine(text.slice(r.start, r.end)));
  const title =
    lines.length > 0 && lines[0].end - lines[0].start < 300
      ? text.slice(lines[0].start, lines[0].end)
      : null;
  let date: string | null = null;
  for (const l of lines.slice(0, 12)) {
    date = findDate(text.slice(l.start, l.end));
    if (date) break;
  }
  let monthDay: BriefingLayout["monthDay"] = null;
  if (!date)
    for (const l of lines.slice(0, 12)) {
      monthDay = findMonthDay(text.slice(l.start, l.end));
      if (monthDay) break;
    }

  // Turn labels first, so that the roster is what comes before the first of them.
  const labels = lines.map((l) => turnLabel(text.slice(l.start, l.end)));
  const firstLabel = labels.findIndex((x) => x !== null);
  const roster: RosterEntry[] = [];
  for (let i = 0; i < (firstLabel < 0 ? Math.min(lines.length, 15) : firstLabel); i++) {
    const l = lines[i];
    const m = /^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}),\s+(.+)$/.exec(text.slice(l.start, l.end));
    if (m && !/\d/.test(m[1]) && monthIndex(m[1].split(" ")[0]) < 0) {
      const roleStart = l.start + m[0].length - m[2].length;
      roster.push({ name: m[1], role: { start: roleStart, end: l.end } });
    }
  }
  // "Wang Lingjun, vice minister of the General Administration of Customs:" names an official
  // and their role in the turn's own label: they join the roster like a listed official
  for (let i = 0; i < lines.length; i++) {
    const role = labels[i]?.role === undefined ? labels[i]?.title : undefined;
    if (role && !roster.some((r) => r.name === labels[i]?.name))
      roster.push({
        name: labels[i]?.name ?? "",
        role: { start: lines[i].start + role.start, end: lines[i].start + role.end },
      });
  }
  const officials = new Set(roster.map((r) => r.name));
  // officials are in the roster; without one, or for a name the roster missed, a label shaped
  // like a personal name and free of news-outlet words is a person (questions are sorted out below)
  const isPerson = (label: string) =>
    officials.has(label) ||
    (!OUTLET_WORDS.test(label) &&
      !/^The\b/.test(label) &&
      /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}$/.test(label));

  const turns: Turn[] = [];
  const speakers: string[] = [];
  const outletLines: Range[] = [];
  let current: Turn = { start: 0, end: 0, speaker: null, fromFloor: false };
  turns.push(current);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const label = labels[i];
    if (label !== null) {
      // "A:" continues with the official who answered last
      if (label.role === "answer") {
        const official =
          [...turns].reverse().find((t) => t.speaker && !t.fromFloor)?.speaker ?? null;
        current.end = l.start;
        current = { start: l.start, end: l.end, speaker: official, fromFloor: false };
        turns.push(current);
        continue;
      }
      const person = label.role !== "floor" && isPerson(label.name);
      if (!person) outletLines.push(l);
      current.end = l.start;
      current = {
        start: l.start,
        end: l.end,
        speaker: person ? label.name : null,
        fromFloor: !person,
      };
      turns.push(current);
      if (person && !speakers.includes(label.name)) speakers.push(label.name);
      continue;
    }
    if (
      firstLabel >= 0 &&
      i > firstLabel &&
      gapBefore(text, l.start) >= 2 &&
      /\?/.test(text.slice(l.start, l.end))
    ) {
      current.end = l.start;
      current = { start: l.start, end: l.end, speaker: null, fromFloor: true };
      turns.push(current);
    }
    current.end = l.end;
  }
  // a speaker outside the roster who asks is from the floor
  if (officials.size > 0) {
    for (const t of turns) {
      if (t.speaker && !officials.has(t.speaker) && text.slice(t.start, t.end).includes("?")) {
        t.speaker = null;
        t.fromFloor = true;
      }
    }
    for (let i = speakers.length - 1; i >= 0; i--)
      if (!turns.some((t) => t.speaker === speakers[i])) speakers.splice(i, 1);
  }
  for (const name of roster.map((r) => r.name))
    if (
      !speakers.includes(name) &&
      speakers.length > 0 &&
      officials.has(name) &&
      turns.some((t) => t.speaker === name)
    )
      speakers.push(name);
  return {
    title,
    date,
    monthDay,
    lines,
    turns: turns.filter((t) => t.end > t.start || t === turns[0]),
    roster,
    speakers,
    outletLines,
  };
}

/**
 * "Lyu Daliang, spokesperson of the GACC:" — a personal name, a comma, a role in ordinary
 * words, and the colon that ends the line: the speaker's turn, with the role inline.
 */
const NAME_ROLE_LABEL = /^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}),\s+([^:]*\b[a-z][^:]*?)\s*:\s*$/;

function turnLabel(
  line: string,
): { name: string; role?: "floor" | "answer"; title?: { start: number; end: number } } | null {
  const nr = NAME_ROLE_LABEL.exec(line);
  if (nr && !OUTLET_WORDS.test(nr[1]) && monthIndex(nr[1].split(/[ -]/)[0]) < 0) {
    const start = line.indexOf(nr[2], nr[1].length);
    return { name: nr[1], title: { start, end: start + nr[2].length } };
  }
  const m = LABEL.exec(line);
  if (!m) return null;
  const name = m[1].trim();
  const words = name.split(" ");
  if (words.length > 7 || name.length > 60) return null;
  if (m[2].trim().length > 0 && words.length > 3) return null;
  if (/^(Q|Question|Reporter|Journalist)$/i.test(name)) return { name, role: "floor" };
  if (/^(A|Answer)$/i.test(name)) return { name, role: "answer" };
  if (
    /^(Note|Source|Tel|Fax|Email|Website|Photo|Editor|Translated|Specifically|First|Second|Third|Fourth|Fifth)$/i.test(
      name,
    )
  )
    return null;
  // Why: news pages put metadata in "Word: value" lines ("Updated: November 7, 2023",
  // "Source: Xinhua"). Such a line is a dateline, not a speaker turn; read as a turn from the
  // floor it would silence every figure after it.
  if (METADATA_LABEL.test(words[words.length - 1])) return null;
  // "Beijing: China's trade surplus …": a dateline names a place, a speaker label a person
  if (isPlaceName(name)) return null;
  const rest = m[2].trim();
  // a date or time right after the colon ("Updated: 2023-10-24 16:05") is metadata too;
  // a speaker's inline words may name a year later on ("Li Kuiwen: In 2023, ...")
  if (/^(?:\d{4}[-/.]\d{1,2}|\d{1,2}:\d{2}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})/.test(rest))
    return null;
  if (rest.length < 40 && findDate(rest)) return null;
  if (monthIndex(words[0]) >= 0 && /\d/.test(name)) return null;
  return { name };
}

/** True when the whole of `name` is one country, province or city of the gazetteer. */
function isPlaceName(name: string): boolean {
  const [only, ...more] = referenceGazetteer().match(name, tokenize(name));
  return (
    only !== undefined &&
    more.length === 0 &&
    only.start === 0 &&
    only.end === name.length &&
    (only.entity.type === "Country" || only.entity.type === "Region")
  );
}

/** Blank lines just before offset. */
function gapBefore(text: string, at: number): number {
  let n = 0;
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i])) {
    if (text[i] === "\n") n++;
    i--;
  }
  return n - 1;
}
