/**
 * Which lines open a turn: "Name:" labels, "Q:"/"A:", a news outlet's label, and "Lyu
 * Daliang, spokesperson of the GACC:" with the role inline; page metadata ("Updated: …",
 * "Source: Xinhua") and datelines ("Beijing: …") open none.
 */
import { referenceGazetteer } from "../entities/gazetteer/reference.js";
import { firstFullDate } from "../metadata/dates.js";
import { tokenize } from "../tokens.js";
import { hasOutletWord, isMonthWord, LABELS } from "./vocabulary.js";

export interface TurnLabel {
  name: string;
  role?: "floor" | "answer";
  /** the role text of a "Name, role:" label, as offsets into the line */
  title?: { start: number; end: number };
}

/** "Name:", "Phoenix TV:", "Guangdong Radio and Television (GRT):" (a short form in brackets) */
const LABEL =
  /^([A-Z0-9][\p{L}\p{N}'’.&-]*(?: (?:[A-Z0-9][\p{L}\p{N}'’.&-]*|of|and|the|for|in|on|de))*)(?: \([A-Z]{2,8} ?\))? ?:(.*)$/u;
/**
 * "Lyu Daliang, spokesperson of the GACC:" — a personal name, a comma, a role in ordinary
 * words, and the colon that ends the line: the speaker's turn, with the role inline.
 */
const NAME_ROLE_LABEL = /^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}),\s+([^:]*\b[a-z][^:]*?)\s*:\s*$/;

export function turnLabel(line: string): TurnLabel | null {
  // both label shapes end their name with a colon: most lines have none
  if (!line.includes(":")) return null;
  const nr = NAME_ROLE_LABEL.exec(line);
  if (nr && !hasOutletWord(nr[1]) && !isMonthWord(nr[1].split(/[ -]/)[0])) {
    const start = line.indexOf(nr[2], nr[1].length);
    return { name: nr[1], title: { start, end: start + nr[2].length } };
  }
  const m = LABEL.exec(line);
  if (!m) return null;
  const name = m[1].trim();
  const words = name.split(" ");
  if (words.length > 7 || name.length > 60) return null;
  if (m[2].trim().length > 0 && words.length > 3) return null;
  const word = name.toLowerCase();
  if (LABELS.floor.has(word)) return { name, role: "floor" };
  if (LABELS.answer.has(word)) return { name, role: "answer" };
  if (LABELS.notSpeaker.has(word)) return null;
  return isMetadata(name, words, m[2].trim()) ? null : { name };
}

/**
 * Why: news pages put metadata in "Word: value" lines ("Updated: November 7, 2023",
 * "Source: Xinhua"). Such a line is a dateline, not a speaker turn; read as a turn from the
 * floor it would silence every figure after it.
 */
function isMetadata(name: string, words: string[], rest: string): boolean {
  if (LABELS.metadata.has(words[words.length - 1].toLowerCase())) return true;
  // "Beijing: China's trade surplus …": a dateline names a place, a speaker label a person
  if (isPlaceName(name)) return true;
  // a date or time right after the colon ("Updated: 2023-10-24 16:05") is metadata too;
  // a speaker's inline words may name a year later on ("Li Kuiwen: In 2023, ...")
  if (/^(?:\d{4}[-/.]\d{1,2}|\d{1,2}:\d{2}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})/.test(rest))
    return true;
  if (rest.length < 40 && firstFullDate(rest)) return true;
  return isMonthWord(words[0]) && /\d/.test(name);
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
