/**
 * The lexicon: every content word of trade-statistics prose, once, in data/lexicon.json.
 *
 * Why: the old extractor spelled "rose|risen|rising|increased|grew|…" into five regexes, and
 * each copy drifted. Here a word is one entry (lemma + class + value); its inflections come
 * from en-inflectors at load time, so "rose/risen/rising/rises" and "shipments" need no list.
 * The file is validated once (errors read "expected X, got Y" with the entry's path) and turned
 * into a map from normalised surface form (tokens joined by spaces, as `phraseKey` makes them)
 * to senses; the map is built on first use and cached for the process.
 */
import { Inflectors } from "en-inflectors";
import lexiconData from "../../../data/lexicon.json" with { type: "json" };
import { CURRENCIES } from "../../core/contract.js";
import { KeyFilter } from "../key-filter.js";
import { phraseKey } from "../tokens.js";

type Check = (v: unknown) => string | null;
const oneOf =
  (...xs: Array<string | number>): Check =>
  (v) =>
    xs.includes(v as string | number) ? null : `one of ${xs.join("|")}`;
const intIn =
  (lo: number, hi: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi
      ? null
      : `an integer ${lo}..${hi}`;
const percentIn: Check = (v) =>
  typeof v === "number" && v > 0 && v < 100 ? null : "a percent between 0 and 100";
const text: Check = (v) => (typeof v === "string" && v.length > 0 ? null : "a non-empty string");

/** What each class's `value` must be. The class names are the keys of data/lexicon.json. */
const VALUE_CHECKS = {
  flow: oneOf("EXPORT", "IMPORT", "TOTAL", "BALANCE"),
  change: oneOf(1, -1),
  direction: oneOf(1, -1),
  comparative: oneOf(1, -1),
  yoy: oneOf("year", "month"),
  unit: text,
  scale: intIn(1, 15),
  currency: oneOf(...CURRENCIES),
  month: intIn(1, 12),
  periodWord: oneOf("year", "quarter", "half", "month"),
  relYear: intIn(-1, 1),
  /** "barrels per day", "tonnes a year": after "per" or "a", a time makes an amount a rate */
  timeUnit: oneOf("day", "week", "month", "year"),
  /** the period before the one measured: "the previous month" (before the noun), "a month
   * earlier" (after it) */
  earlierCue: oneOf("before", "after"),
  periodCode: oneOf("quarter:1", "quarter:2", "quarter:3", "quarter:4", "half:1", "half:2"),
  cardinal: intIn(1, 12),
  ordinal: intIn(1, 12),
  percentWord: oneOf("percent", "points"),
  multiple: oneOf("times", "fold"),
  multiplier: intIn(100, 900),
  per: text,
  hedge: oneOf("approx", "min", "max"),
  conj: oneOf("and", "or"),
  respectively: text,
  // the clause-frame layer's cues (src/extract/frames)
  shareCue: oneOf("share", "contribution"),
  // "contrast", "concession" and "semicolon" also end what a clause states for the policy layer
  clauseBreak: oneOf("contrast", "part", "relative", "breakdown", "concession", "semicolon"),
  partnerPrep: oneOf("with", "to", "from", "between"),
  nonTrade: oneOf("count", "fiscal", "economy", "investment", "contribution", "rate", "transport"),
  // "tariffs on 60 billion dollars of goods": a measure whose amount is the goods it covers
  tradeMeasure: oneOf("measure"),
  // "expectation": someone expected it ("were expected to", "plans to"), whatever the period
  forecast: oneOf("forecast", "expectation"),
  anaphor: oneOf("reporter", "place", "period", "partner", "fact", "possessive"),
  // "rate": a growth rate compared with another ("slower than the 7.1% of 2024"), no baseline
  compareCue: oneOf("compare", "rate"),
  /** "In terms of goods, …": what the paragraph was about no longer holds */
  topicShift: oneOf("shift"),
  /** "foreign trade enterprises": a flow word before these names who trades, not a flow */
  tradeAgent: oneOf("agent"),
  /** "the growth rates were 5% and 9%": a subject whose percents are changes */
  rateNoun: oneOf("rate"),
  /** a period after these words is a reference point, not the period measured */
  periodOutside: oneOf("since", "target"),
  /** "more than half of the total": a fraction, as a percent, where a share word precedes */
  fraction: percentIn,
  /** "15% of the total": a word naming a whole without a flow word */
  whole: oneOf("whole"),
  /** "cumulative imports surpassed 150 trillion": a figure summed over years the text may not date */
  cumulative: oneOf("span"),
  /** "in the mode of …": a breakdown of trade (of the dimension given) is named next */
  segmentCue: oneOf("TRADE_MODE", "ENTERPRISE_TYPE", "CHANNEL", "TRANSPORT_MODE"),
  /** "east China's Shandong": a compass word places what follows (entities and policy links read it) */
  compass: oneOf(
    "east",
    "west",
    "south",
    "north",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
  ),
  /** "goods such as tuna", "led by chips": names after these are examples of the ones before */
  exampleCue: oneOf("example"),
  /** "the aquatic industry", "pelagic products": a noun that heads a phrase naming goods */
  goodsHead: oneOf("goods"),
  /** words before a goods noun that name no particular goods: "the products", "of goods" */
  generalGoods: oneOf("general"),
} satisfies Record<string, Check>;

export type LexClass = keyof typeof VALUE_CHECKS;
export const LEX_CLASSES = Object.keys(VALUE_CHECKS) as LexClass[];

/** each class's number: its index in LEX_CLASSES (a hit's classes are indexed by it) */
const CLASS_NUMBERS = new Map(LEX_CLASSES.map((c, i) => [c, i]));

/** The number of a lexicon class (0 … LEX_CLASSES.length - 1). */
export function classNumber(cls: LexClass): number {
  return CLASS_NUMBERS.get(cls)!;
}

export interface LexEntry {
  cls: LexClass;
  lemma: string;
  value: string | number;
  /** a BALANCE word whose amount is negative ("deficit") */
  negative?: boolean;
  /** a flow word whose direction the context gives ("shipments" to or from) */
  vague?: boolean;
}

/** How a surface form relates to its lemma. */
export type FormKind = "base" | "plural" | "past" | "participle" | "gerund" | "present" | "extra";

export interface LexSense {
  entry: LexEntry;
  form: FormKind;
  /** also a common word ("May", "march"): a reader needs context to take this sense */
  guarded: boolean;
}

export interface Lexicon {
  /** normalised surface form → its senses */
  readonly byKey: ReadonlyMap<string, readonly LexSense[]>;
  /** first token of a surface → the most tokens any surface starting with it has */
  readonly maxLen: ReadonlyMap<string, number>;
  /** the surfaces token by token, from their first token: a look-up walks it without joining
   * the tokens into a key */
  readonly trie: ReadonlyMap<string, LexTrieNode>;
  /** says "no" for most tokens that start no surface, before the trie is looked up */
  readonly firstTokens: KeyFilter;
}

/** The surfaces that go on with one more token; `senses` when the tokens so far are one. */
export interface LexTrieNode {
  senses: readonly LexSense[] | null;
  /** the numbers (`classNumber`) of the senses' classes, each once, in the senses' order */
  classes: readonly number[];
  next: Map<string, LexTrieNode> | null;
}

interface RawEntry {
  lemma: string;
  value: string | number;
  pos?: Array<"noun" | "verb">;
  forms?: string[];
  guarded?: string[];
  negative?: boolean;
  vague?: boolean;
}

const ENTRY_KEYS = new Set(["lemma", "value", "pos", "forms", "guarded", "negative", "vague"]);

function fail(path: string, expected: string, got: unknown): never {
  throw new Error(`lexicon.${path}: expected ${expected}, got ${JSON.stringify(got)}`);
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string" && x.length > 0);
}

/** Checks one entry of data/lexicon.json; throws "lexicon.flow[3].value: expected …, got …". */
export function validateEntry(cls: LexClass, raw: unknown, path: string): RawEntry {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(path, "an object", raw);
  const e = raw as Record<string, unknown>;
  for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) fail(`${path}.${k}`, "no such key", k);
  if (text(e.lemma)) fail(`${path}.lemma`, "a non-empty string", e.lemma);
  const bad = VALUE_CHECKS[cls](e.value);
  if (bad) fail(`${path}.value`, bad, e.value);
  if (
    e.pos !== undefined &&
    !(isStringList(e.pos) && e.pos.every((p) => p === "noun" || p === "verb"))
  )
    fail(`${path}.pos`, "a list of noun|verb", e.pos);
  if (e.forms !== undefined && !isStringList(e.forms))
    fail(`${path}.forms`, "a list of strings", e.forms);
  if (e.guarded !== undefined && !isStringList(e.guarded))
    fail(`${path}.guarded`, "a list of strings", e.guarded);
  if (e.negative !== undefined && typeof e.negative !== "boolean")
    fail(`${path}.negative`, "a boolean", e.negative);
  if (e.vague !== undefined && typeof e.vague !== "boolean")
    fail(`${path}.vague`, "a boolean", e.vague);
  return e as unknown as RawEntry;
}

/** Every surface form of an entry with how it relates to the lemma (inflections generated). */
export function surfaceForms(raw: RawEntry): Array<[string, FormKind]> {
  const out: Array<[string, FormKind]> = [[raw.lemma, "base"]];
  const words = raw.lemma.split(" ");
  for (const pos of raw.pos ?? []) {
    if (pos === "verb") {
      // a phrasal verb inflects its first word: "sell abroad" → "sold abroad"
      const inf = new Inflectors(words[0]);
      const rest = words.slice(1).join(" ");
      const withRest = (w: string) => (rest ? `${w} ${rest}` : w);
      out.push([withRest(inf.toPast()), "past"], [withRest(inf.toPastParticiple()), "participle"]);
      out.push([withRest(inf.toGerund()), "gerund"], [withRest(inf.toPresentS()), "present"]);
    } else {
      // a compound noun inflects its last word: "percentage point" → "percentage points"
      const plural = new Inflectors(words[words.length - 1]).toPlural();
      out.push([[...words.slice(0, -1), plural].join(" "), "plural"]);
    }
  }
  for (const f of raw.forms ?? []) out.push([f, "extra"]);
  for (const f of raw.guarded ?? []) out.push([f, "extra"]);
  return out;
}

/** Builds the look-up maps from the file's content (exported for tests of validation). */
export function buildLexicon(data: Record<string, unknown>): Lexicon {
  const byKey = new Map<string, LexSense[]>();
  const maxLen = new Map<string, number>();
  for (const [cls, list] of Object.entries(data)) {
    if (cls === "source") continue;
    if (!(cls in VALUE_CHECKS)) fail(cls, `a class (${LEX_CLASSES.join("|")})`, cls);
    if (!Array.isArray(list)) fail(cls, "a list of entries", list);
    list.forEach((item, i) => {
      const raw = validateEntry(cls as LexClass, item, `${cls}[${i}]`);
      const entry: LexEntry = { cls: cls as LexClass, lemma: raw.lemma, value: raw.value };
      if (raw.negative) entry.negative = true;
      if (raw.vague) entry.vague = true;
      const guarded = new Set((raw.guarded ?? []).map(phraseKey));
      for (const [surface, form] of surfaceForms(raw)) {
        const key = phraseKey(surface);
        const senses = byKey.get(key) ?? [];
        if (senses.some((s) => s.entry === entry)) continue;
        senses.push({ entry, form, guarded: guarded.has(key) });
        byKey.set(key, senses);
        const toks = key.split(" ");
        maxLen.set(toks[0], Math.max(maxLen.get(toks[0]) ?? 0, toks.length));
      }
    });
  }
  const trie = trieOf(byKey);
  return { byKey, maxLen, trie, firstTokens: new KeyFilter(trie.keys()) };
}

/** The keys split at their spaces (a token's normal form holds none) into a token trie. */
function trieOf(byKey: ReadonlyMap<string, readonly LexSense[]>): Map<string, LexTrieNode> {
  const root = new Map<string, LexTrieNode>();
  for (const [key, senses] of byKey) {
    const toks = key.split(" ");
    let level = root;
    for (let k = 0; k < toks.length; k++) {
      let node = level.get(toks[k]);
      if (!node) {
        node = { senses: null, classes: [], next: null };
        level.set(toks[k], node);
      }
      if (k === toks.length - 1) {
        node.senses = senses;
        node.classes = [...new Set(senses.map((x) => classNumber(x.entry.cls)))];
      } else level = node.next ??= new Map();
    }
  }
  return root;
}

let cached: Lexicon | null = null;

/** The lexicon of data/lexicon.json, built once per process. */
export function lexicon(): Lexicon {
  cached ??= buildLexicon(lexiconData as Record<string, unknown>);
  return cached;
}

/**
 * Every surface form (as a `phraseKey`) with a sense of class `cls`, and a value among `values`
 * when given: the word lists other layers read from the one lexicon ("east", "eastern").
 */
export function surfacesOf(cls: LexClass, values?: ReadonlyArray<string | number>): string[] {
  const out: string[] = [];
  for (const [key, senses] of lexicon().byKey)
    if (senses.some((s) => s.entry.cls === cls && (!values || values.includes(s.entry.value))))
      out.push(key);
  return out;
}

const NO_SENSES: readonly LexSense[] = [];

/** The senses of one surface form ("rose", "U.S. dollars"), or none. */
export function lookup(surface: string): readonly LexSense[] {
  return lexicon().byKey.get(phraseKey(surface)) ?? NO_SENSES;
}
