/**
 * Title-case runs: capitalised words joined by short connectors ("Action Plan of ...",
 * "Department of Statistics and Analysis"), cleaned of what is no part of a name.
 *
 * Why a module of its own: measures and agencies are both named in title case; where a run
 * starts and ends (a leading "The", a date after "on", "X and the Y", a possessive, a second
 * "The" in a run-on headline) is one question, what it names another (`title-names.ts`).
 */
import { alternation, SHAPES } from "../vocabulary.js";
import { isBody } from "./agency-titles.js";
import { CAP, dropLeading } from "./helpers.js";
import { wordSenses } from "./words.js";

const ORDINAL = "(?:\\d{1,2}(?:st|nd|rd|th) )";
/** "2017 Tariff Adjustment Plan": a year may lead a title */
const YEAR = "(?:(?:19|20)\\d\\d )";
const CONNECT = alternation(SHAPES.title.connectors);
/** a word inside a run may open or close a quote: 'Notice on the "Zero Tariff" Policy for …' */
const INNER = `(?:["\u201c'\u2018](?=[A-Z]))?${CAP}["\u201d]?`;
const TITLE_RUN = new RegExp(
  `${YEAR}?${ORDINAL}?${CAP}(?: (?:${CONNECT} )*${ORDINAL}?${INNER})*`,
  "gu",
);
const OPEN_QUOTE = /(^| )["\u201c'\u2018](?=[A-Z])/;
const CLOSE_QUOTE = /["\u201d'\u2019](?= |$)/;
const TRAILING = new RegExp(`(?: ${alternation(SHAPES.title.trailing)})+$`);
const TRAILING_WORDS = new Set(SHAPES.title.trailing);
const WEEKDAYS = new Set(SHAPES.title.weekdays);
/**
 * Where one name ends and the next begins inside a run: "X and the Y", "… Legalization The
 * Measures …" (the first of " and the " and " The "; found by two searches, not a pattern).
 */
function breakIn(run: string): { index: number; at: string } | null {
  const and = run.indexOf(" and the ");
  const the = run.indexOf(" The ");
  if (the >= 0 && (and < 0 || the < and)) return { index: the, at: " The " };
  return and >= 0 ? { index: and, at: " and the " } : null;
}
/** "State Information Center's Department of …": the owner's name ends at its possessive */
const POSSESSIVE = /['’]s /;

export interface TitleRun {
  start: number;
  run: string;
}

/** Title-case runs of two words or more, cleaned of what is no part of a name. */
export function titleRuns(text: string, from: number, to: number): TitleRun[] {
  const out: TitleRun[] = [];
  const chunk = text.slice(from, to);
  TITLE_RUN.lastIndex = 0;
  for (let m = TITLE_RUN.exec(chunk); m; m = TITLE_RUN.exec(chunk)) {
    // one word alone (most runs) is no name: every step below keeps it one word
    if (!m[0].includes(" ")) continue;
    const { rest, offset } = dropLeading(m[0]);
    let run = quotedInside(rest);
    const cut = breakIn(run);
    if (cut && cut.index > 0) {
      // the second name is read as the next run
      TITLE_RUN.lastIndex = m.index + offset + cut.index + (cut.at === " The " ? 1 : 5);
      run = run.slice(0, cut.index);
    }
    const start = from + m.index + offset;
    for (const part of possessiveParts(start, run)) {
      const clean = withoutTrailing(undated(part.run));
      if (clean.includes(" ")) out.push({ start: part.start, run: clean });
    }
  }
  return out;
}

/**
 * A quoted part inside a run belongs to the name only when it is closed and more of the name
 * follows ('Notice on the "Zero Tariff" Policy for X'); a quote left open, or one that ends the
 * run ('the Customs "Green Lane"'), is no part of it: the run stops before it. A closing quote
 * that nothing in the run opened ends the run ('"Spare Parts List" in May').
 */
export function quotedInside(run: string): string {
  let from = 0;
  for (let open = OPEN_QUOTE.exec(run); open; open = OPEN_QUOTE.exec(run.slice(from))) {
    const at = from + open.index + open[1].length;
    const close = CLOSE_QUOTE.exec(run.slice(at + 1));
    const end = close ? at + 1 + close.index + 1 : -1;
    if (at === 0) return run;
    if (end < 0 || end >= run.length) return run.slice(0, at).trimEnd();
    from = end;
  }
  // a double quote no quote inside the run opened closes the name the run is in
  const stray = /["\u201d]/.exec(run.slice(from));
  return stray ? run.slice(0, from + stray.index) : run;
}

/**
 * The run cut at possessives: "State Information Center's Department of X" is two names, when
 * the owner is a body ("the People's Republic" stays one name).
 */
function possessiveParts(start: number, run: string): TitleRun[] {
  const out: TitleRun[] = [];
  let at = 0;
  let from = 0;
  for (let m = POSSESSIVE.exec(run.slice(from)); m; m = POSSESSIVE.exec(run.slice(from))) {
    const end = from + m.index;
    from = end + m[0].length;
    if (!isBody(run.slice(at, end))) continue;
    out.push({ start: start + at, run: run.slice(at, end) });
    at = from;
  }
  out.push({ start: start + at, run: run.slice(at) });
  return out;
}

/** The run without the connectors at its end ("Action Plan of" → "Action Plan"). */
function withoutTrailing(run: string): string {
  // the words are whole words after a space: a run ending in another word keeps its end
  return TRAILING_WORDS.has(run.slice(run.lastIndexOf(" ") + 1)) ? run.replace(TRAILING, "") : run;
}

/**
 * "the Ministry of Commerce on Monday unveiled": a weekday or month after "on"/"in" dates the
 * act, it is not part of the name.
 */
function undated(run: string): string {
  if (!run.includes(" on ") && !run.includes(" in ")) return run;
  const words = run.split(" ");
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== "on" && words[i] !== "in") continue;
    const next = words[i + 1];
    if (WEEKDAYS.has(next) || wordSenses(next).some((s) => s.entry.cls === "month"))
      return words.slice(0, i).join(" ");
  }
  return run;
}
