/**
 * Sentences → TradeFacts: who trades what with whom, when, and the figures.
 *
 * Why this shape: trade prose packs several facts into one sentence ("trade with ASEAN, the EU
 * and the US stood at 2.66, 2.52 and 2.21 trillion yuan, up 27.8%, 26.7% and 34.6%") and
 * leaves parts unsaid that the previous sentence gave ("Meanwhile, exports reached ..." after
 * a sentence on general trade). So a sentence is cut into clauses; each clause's frame
 * (reporter, partner, commodity, flow, segment, period) is read from its mentions and
 * keywords, filled from the clause or paragraph before where it is left out, and its figures
 * are dealt out over an enumeration of the same length. Facts with the same key are merged.
 * Figures that are not trade (cases, tax, parcels, index values, land area) are left out.
 */

import segmentData from "../../data/segments.json" with { type: "json" };
import type {
  Currency,
  Flow,
  Money,
  Period,
  Price,
  Quantity,
  Segment,
  SegmentDimension,
  TradeFact,
} from "../core/contract.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import { findNumbers, type NumberMention } from "./numbers.js";
import {
  type DateContext,
  findPeriods,
  type PeriodMention,
  sameMonthsIn,
  UNKNOWN_DATE,
} from "./periods.js";
import type { Range } from "./sentences.js";
import { stableId } from "./slug.js";
import { statedYear, withStatedYear } from "./stated-year.js";

export interface TradeContext {
  text: string;
  date: DateContext | null;
  /** period the document is about (from its title), used when a sentence gives none */
  defaultPeriod: Period | null;
  gazetteer: Gazetteer;
  /** whose trade a figure is when the text names no one: China, or the province a report is about */
  defaultReporter: string;
}

/** One paragraph of a turn, with its sentences and mentions. */
export interface Paragraph {
  line: Range;
  sentences: Range[];
  speaker: string | null;
}

type Draft = Omit<TradeFact, "id">;

const DOMESTIC_KINDS = new Set(["DOMESTIC_AREA", "PROVINCE", "MUNICIPALITY", "CITY"]);
const FOREIGN_REGION_KINDS = new Set(["ECONOMIC_BLOC", "COUNTRY_GROUP", "WORLD_REGION"]);
const CHINA = "country:CHN";

const FLOW_RE =
  /\b(imports? and exports?|exports? and imports?|import[- ]export|import and export|foreign trade|total trade|bilateral (?:goods )?trade|general trade|processing trade|trade volume|trade surplus|trade deficit|trade balance|trade|exports?|exported|exporting|imports?|imported|importing)\b/gi;
const NON_TRADE =
  /\b(number of|cases?|smuggl\w*|in tax|tax revenue|parcels?|users?|pests?|doses|supervis\w*|GDP|index|forecasts?|estimates? for (?:global|the world)|sales volume|production volume|employment|investment|batches|trains|containers|standard packing boxes|passengers|tariff level)\b/i;
const SPLIT =
  /;\s*|,\s*(?:while|whereas|but|meanwhile)\s+|\s+while\s+|,\s*(?:and\s+)?(?=(?:its |the |their |China's |our |that of |those of )?(?:exports?|imports?|imported|exported|trade)\b)|\s+and\s+(?=(?:its |the |their )?(?:exports?|imports?)\s+(?:grew|rose|increased|expanded|reached|hit|fell|declined|decreased|climbed|jumped|surged|dropped|stood|were|was)\b)|,\s*(?:with)\s+(?=(?:its |the )?(?:exports?|imports?)\b)|,\s*including\s+(?=[\d$])|,\s*of which\s+|,\s*(?=(?:resulting in|leading to|leaving|bringing|producing|creating)\s+(?:a |the )?trade (?:surplus|deficit|balance)\b)|(?<=[a-zA-Z)]{2})(?<!yuan|tons|tonnes|trillion|billion|million|dollars|percent),\s*and\s+|\.\s+/g;

const SHARE_BEFORE =
  /(accounting for|accounted for|accounts? for|making up|made up|makes? up|comprising|comprised|representing|represented|a share of|share of|proportion of|constituting|exported|imported)\s+(?:about |around |nearly |almost |over |more than |less than |roughly |some |only )?$/i;
/** the subject of the clause is a share: "the share of X", "the proportion of X" */
const SHARE_SUBJECT = /\b(?:share|proportion)\s+of\b/i;
const SHARE_OF_NAME = /\b(?:share|proportion)\s+of\s+(?:the\s+)?[A-Z]/;
/** a level a share reached or stood at: "... rose 2.3 percentage points to 61.8 percent" */
const SHARE_LEVEL =
  /\b(?:to|at|reached|reaching|hit|was|were|is|stood at|standing at)\s+(?:about |around |nearly |almost |over |more than |roughly |some )?$/i;
const SHARE_AFTER = /^\s+of\s+(?!which\b)/i;
const NOT_A_SHARE =
  /^\s+(?:of|to)\s+(?:the\s+)?(?:country's\s+|China's\s+|national\s+|global\s+|world\s+)?(?:(?:foreign\s+)?trade\s+|export\s+|import\s+)?(?:growth|land area|population|gdp)/i;
const CHANGE_BEFORE =
  /\b(up|down|rose|rising|rise|risen|grow|grew|grown|growing|growth|fall|climb|jump|surge|soar|expand|shrink|slide|slip|dip|gain|go up|go down|went down|increased|increasing|increase|decreased|decreasing|decrease|declined|declining|decline|fell|falling|fallen|dropped|dropping|drop|expanded|expanding|expansion|jumped|jumping|surged|surging|climbed|climbing|soared|went up|gained|contracted|shrank|shrinking|posted|registered|higher|lower|slid|slipped|dipped|edged up|edged down|plunged|tumbled|slumped|rebounded|picked up|accelerated|advanced|added|widened|narrowed)(?:\s+in\s+(?:19|20)\d{2})?\s+(?:by\s+|of\s+)?(?:about |around |nearly |almost |over |more than |some |roughly )?$/i;
const CHANGE_AFTER =
  /^\s*(?:year[- ]on[- ]year\s+|yoy\s+)?(growth|increase|rise|decline|decrease|drop|jump|surge|gain|fall)\b/i;
const NEGATIVE =
  /^(shrink|slide|slip|dip|go down|went down|slid|slipped|dipped|edged down|plunged|tumbled|slumped|narrowed|down|decreased|decreasing|decrease|declined|declining|decline|fell|falling|fallen|dropped|dropping|drop|contracted|shrank|shrinking|lower|fall)$/i;
/** between two items of a list of figures: "1.5 times, 38.6 percent and 27.9 percent" */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
const RATE_OF = /\b(rate|level|ratio|index) of\s+(?:about |around |nearly |over )?$/i;

const SEGMENTS = segmentData.segments.flatMap((s) =>
  s.patterns.map((p) => ({
    pattern: p,
    dimension: s.dimension as SegmentDimension,
    value: s.value,
  })),
);
const SEGMENT_RE = new RegExp(
  `\\b(${SEGMENTS.map((s) => s.pattern.replace(/[-]/g, "[- ]"))
    .sort((a, b) => b.length - a.length)
    .join("|")})\\b`,
  "gi",
);

/** Longer sentences are not read for facts: keeps the cost linear on run-on text. */
export const MAX_SENTENCE = 3000;
const TIME_WORDS =
  /\b(half|quarters?|months?|year|period|since|January|February|March|April|May|June|July|August|September|October|November|December|H[12]|Q[1-4])\b/;
const NUMBER_WORDS = /\b(doubl\w*|half|third|thirds|quarter|fourth|fifth|sixth|tenth)\b/i;

interface ParagraphState {
  lastFact: Draft | null;
  partner: string | null;
  /** segment named by a headline sentence without figures ("the private sector has ...") */
  segment: Segment | null;
  /** undated documents: the year a period of the paragraph states (stated-year.ts) */
  year?: number | null;
}

interface TurnState {
  period: Period | null;
  topicPartner: string | null;
  lastFact: Draft | null;
}

export interface DocTradeState {
  lastSince: Period | null;
  /** the first multi-month period within one year that a fact states: the release's main period */
  mainPeriod: Period | null;
}

export function newDocTradeState(): DocTradeState {
  return { lastSince: null, mainPeriod: null };
}

function singleMonth(p: Period | null): boolean {
  return p !== null && p.start === p.end;
}

/**
 * The period a paragraph with no period of its own falls back to. Why: "In June, ..." or
 * "In October alone, ..." zooms in on one month for its own paragraph; the next paragraph
 * ("By trading partner, trade with ASEAN ...") is about the release's main period again.
 */
function paragraphPeriod(ctx: TradeContext, ts: TurnState, doc: DocTradeState): Period | null {
  if (!singleMonth(ts.period)) return ts.period;
  const main =
    ctx.defaultPeriod && !singleMonth(ctx.defaultPeriod) ? ctx.defaultPeriod : doc.mainPeriod;
  return main ?? ts.period;
}

export interface TurnInput {
  paragraphs: Paragraph[];
  fromFloor: boolean;
}

/** Trade facts of one turn (a speaker's answer, or the whole of a plain article). */
export function extractTurnFacts(
  ctx: TradeContext,
  turn: TurnInput,
  mentions: Mention[],
  doc: DocTradeState,
): Draft[] {
  const out: Draft[] = [];
  const ts: TurnState = { period: null, topicPartner: null, lastFact: null };
  for (const para of turn.paragraphs) {
    ts.period = paragraphPeriod(ctx, ts, doc);
    const ps: ParagraphState = { lastFact: null, partner: null, segment: null };
    for (const s of para.sentences) {
      const facts = sentenceFacts(ctx, s, para.speaker, mentionsIn(mentions, s), ts, ps, doc);
      if (!turn.fromFloor) out.push(...facts);
    }
  }
  return out;
}

/**
 * "75.3 billion integrated circuits", "1.2 million mobile phones": a bare number right before
 * the name of a product counts pieces of it, a quantity in units, not a stray count. Why here:
 * only the mentions know that the next words name a commodity. A bare year ("2023 steel
 * exports") is not a count.
 */
function countedGoods(
  text: string,
  numbers: NumberMention[],
  mentions: Mention[],
): NumberMention[] {
  return numbers.map((n) => {
    if (n.kind !== "count") return n;
    if (n.unit !== "scaled" && /^(?:19|20)\d{2}$/.test(text.slice(n.start, n.end))) return n;
    const next = mentions.find(
      (m) =>
        m.entity.type === "Commodity" &&
        m.start > n.end &&
        /^\s+$/.test(text.slice(n.end, m.start)),
    );
    return next ? { ...n, kind: "quantity", unit: "units" } : n;
  });
}

function mentionsIn(mentions: Mention[], r: Range): Mention[] {
  // mentions are sorted by start; a linear filter is fast enough for sentence-sized ranges
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < r.end; i++)
    if (!mentions[i].nested && mentions[i].end <= r.end) out.push(mentions[i]);
  return out;
}

interface Clause extends Range {
  /** ranges inside the clause that do not name its frame (examples, comparisons) */
  masked: Range[];
}

function sentenceFacts(
  ctx: TradeContext,
  s: Range,
  speaker: string | null,
  mentions: Mention[],
  ts: TurnState,
  ps: ParagraphState,
  doc: DocTradeState,
): Draft[] {
  const { text } = ctx;
  const sentence = text.slice(s.start, s.end);
  const dateCtx = ctx.date ?? UNKNOWN_DATE;
  // a "sentence" of thousands of characters is run-on text (tables, scraped lists), not prose
  if (s.end - s.start > MAX_SENTENCE) return [];
  // most sentences hold no figure and no time expression: skip the costly readers for them
  const hasDigit = /\d/.test(sentence);
  const timeWords = hasDigit || TIME_WORDS.test(sentence);
  // undated documents still resolve periods with an explicit year ("in 2023")
  let periods = timeWords ? findPeriods(text, s.start, s.end, dateCtx) : [];
  if (!ctx.date && periods.length > 0) {
    ps.year ??= statedYear(periods);
    if (ps.year) periods = withStatedYear(text, s, periods, ps.year);
  }
  const numbers = countedGoods(
    text,
    hasDigit || NUMBER_WORDS.test(sentence) ? findNumbers(text, s.start, s.end) : [],
    mentions,
  );
  for (const p of periods) if (p.role === "since") doc.lastSince = p.period;

  // topic partner of the turn: "trade between China and the EU", "China-U.S. trade"
  for (const m of mentions) {
    if (!isForeign(m)) continue;
    const before = text.slice(Math.max(s.start, m.start - 24), m.start);
    if (
      /between China and (?:the )?$/.test(before) ||
      (/China-$/.test(before) &&
        /^\s*(?:trade|bilateral|economic)/.test(text.slice(m.end, m.end + 12)))
    )
      ts.topicPartner = m.entity.id;
  }
  const metricNumbers = numbers.filter((n) => n.kind !== "count" && n.kind !== "points");
  if (metricNumbers.length === 0) {
    const own = periods.find((p) => p.role === "period" && !p.years);
    if (own) ts.period = own.period;
    // a headline sentence naming one partner of the trade discussed in the paragraph
    const foreign = uniq(mentions.filter(isForeign).map((m) => m.entity.id));
    FLOW_RE.lastIndex = 0;
    if (foreign.length === 1 && FLOW_RE.test(sentence)) ps.partner = foreign[0];
    FLOW_RE.lastIndex = 0;
    if (!ps.lastFact) {
      const segs = segmentsIn(text, { start: s.start, end: s.end, masked: [] });
      if (segs.length === 1) ps.segment = segs[0];
    }
    return [];
  }

  const out: Draft[] = [];
  let prevClause: Draft | null = null;
  for (const clause of splitClauses(text, s, numbers)) {
    const drafts = clauseFacts(
      ctx,
      s,
      clause,
      speaker,
      mentions,
      numbers,
      periods,
      ts,
      ps,
      doc,
      prevClause,
    );
    if (drafts.length > 0) {
      prevClause = drafts[drafts.length - 1];
      ps.lastFact = prevClause;
      ts.lastFact = prevClause;
      if (prevClause.partner) ps.partner = prevClause.partner;
      ts.period = drafts[0].period;
      const p = drafts[0].period;
      if (!doc.mainPeriod && !singleMonth(p) && p.start.slice(0, 4) === p.end.slice(0, 4))
        doc.mainPeriod = p;
      out.push(...drafts);
    }
  }
  return out;
}

function splitClauses(text: string, s: Range, numbers: NumberMention[]): Clause[] {
  const sentence = text.slice(s.start, s.end);
  const cuts: number[] = [];
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(sentence); m; m = SPLIT.exec(sentence)) {
    const at = s.start + m.index;
    const prev = cuts.length ? cuts[cuts.length - 1] : s.start;
    // only cut after a figure, so that "foreign trade, exports and imports" stays whole
    if (numbers.some((n) => n.start >= prev && n.end <= at && n.kind !== "count")) cuts.push(at);
  }
  const bounds = [s.start, ...cuts, s.end];
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const c: Clause = { start: bounds[i], end: bounds[i + 1], masked: [] };
    c.masked = maskedRanges(text, c);
    clauses.push(c);
  }
  // a clause without figures belongs with the next one
  const merged: Clause[] = [];
  for (const c of clauses) {
    const hasFigure = numbers.some(
      (n) => n.start >= c.start && n.end <= c.end && n.kind !== "count" && n.kind !== "points",
    );
    const last = merged[merged.length - 1];
    if (last && !hasFigureIn(numbers, last)) {
      last.end = c.end;
      last.masked = maskedRanges(text, last);
    } else merged.push(c);
    if (!hasFigure && merged.length === 0) merged.push(c);
  }
  return merged;
}

function hasFigureIn(numbers: NumberMention[], c: Range): boolean {
  return numbers.some(
    (n) => n.start >= c.start && n.end <= c.end && n.kind !== "count" && n.kind !== "points",
  );
}

/** Examples ("such as ..."), relative clauses (", which ... ,") and comparisons ("... than X"). */
function maskedRanges(text: string, c: Range): Range[] {
  const chunk = text.slice(c.start, c.end);
  const out: Range[] = [];
  const res = [
    /,\s*which\b[^,]*,/g,
    /\b(?:such as|including|like|e\.g\.)\s[^\d$]*?(?=,\s*(?:registered|reached|stood|were|was|rose|grew|increased|jumped|surged|up|down|hit)\b|\s(?:registered|reached|stood|were|was|rose|grew|increased)\b|,\s*(?:as|which)\b|$)/g,
    /\b(?:than(?!\s+(?:[\d$]|one-|two-|half|a (?:third|quarter|fifth)))|after|behind|ahead of)\b.*$/g,
    /\bas you mentioned\b/g,
    // "its biggest trading partner in Europe": the area scopes the ranking, it is not a partner
    /\bpartners?\s+(?:in|among|within)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*/g,
    // Why: a news dateline ("BEIJING -- ", "GUANGZHOU, Nov. 7 (Xinhua) -- ") names where the
    // story was filed, not whose trade it is
    DATELINE,
  ];
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // "trade with member countries, which reached 12.95 trillion yuan last year, up 7.5
      // percent": a relative clause that gives the trade its figure is the fact, not an aside
      if (
        re === res[0] &&
        /^,\s*which\s+(?:reached|stood at|totall?ed|amounted to|hit)\b/.test(m[0]) &&
        /\b(?:trade|exports?|imports?)\b[^,]*$/i.test(chunk.slice(0, m.index))
      )
        continue;
      out.push({ start: c.start + m.index, end: c.start + m.index + m[0].length });
    }
  }
  return out;
}

// Why: a news dateline ("BEIJING -- ", "GUANGZHOU, Nov. 7, 2023 (Xinhua) -- ") names where
// and when the story was filed: neither whose trade it is nor the period measured
const DATELINE =
  /^\s*[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d{2})?)?(?:\s*\([A-Za-z ]{2,30}\))?\s*(?:--|—|–)\s*/g;

const GENERIC_SUBJECT =
  /^\s*(?:(?:the|such|these|those)\s+)?(?:shipments|purchases|deliveries|sales|they|these|those|volumes?)\b/i;

function inside(r: Range, masks: Range[]): boolean {
  return masks.some((m) => r.start >= m.start && r.end <= m.end);
}

function isForeign(m: Mention): boolean {
  if (m.entity.type === "Country") return m.entity.id !== CHINA;
  return m.entity.type === "Region" && FOREIGN_REGION_KINDS.has(m.entity.kind ?? "");
}
function isDomestic(m: Mention): boolean {
  return (
    m.entity.type === "Zone" ||
    (m.entity.type === "Region" && DOMESTIC_KINDS.has(m.entity.kind ?? ""))
  );
}

function uniq<T>(xs: T[]): T[] {
  return xs.filter((x, i) => xs.indexOf(x) === i);
}

interface FlowHit extends Range {
  flow: Flow;
  word: string;
}

function flowHits(text: string, c: Clause): FlowHit[] {
  const chunk = text.slice(c.start, c.end);
  const hits: FlowHit[] = [];
  FLOW_RE.lastIndex = 0;
  for (let m = FLOW_RE.exec(chunk); m; m = FLOW_RE.exec(chunk)) {
    const r = { start: c.start + m.index, end: c.start + m.index + m[0].length };
    if (inside(r, c.masked)) continue;
    const w = m[0].toLowerCase();
    // "trade" in "trade partner", "trade facilitation" is not a flow
    if (
      /^trade$/.test(w) &&
      /^\s+(partners?|facilitation|forms?|modes?|agreement|barriers?|measures?|policy|policies|enterprises?|entities|entity|structur\w*|environment|war|friction|protectionism|powers?|nation|country)/i.test(
        chunk.slice(m.index + m[0].length),
      )
    )
      continue;
    if (
      /^(exports?|imports?)$/.test(w) &&
      /^\s+(enterprises?|companies|firms|licen[cs]es?|procedures|declarations?|clearance|orders?|growth rate)/i.test(
        chunk.slice(m.index + m[0].length),
      )
    )
      continue;
    let flow: Flow = "TOTAL";
    if (/^(trade surplus|trade deficit|trade balance)$/.test(w)) flow = "BALANCE";
    else if (/^(exports?|exported|exporting)$/.test(w)) flow = "EXPORT";
    else if (/^(imports?|imported|importing)$/.test(w)) flow = "IMPORT";
    // "foreign trade, exports and imports": the last two are a list, not a total
    const prev = hits[hits.length - 1];
    if (
      flow === "TOTAL" &&
      /^(exports? and imports?|imports? and exports?)$/.test(w) &&
      prev &&
      /^\s*,\s*$/.test(text.slice(prev.end, r.start))
    ) {
      const first = /^export/.test(w) ? "EXPORT" : "IMPORT";
      const and = m[0].search(/ and /);
      hits.push({ start: r.start, end: r.start + and, flow: first, word: m[0].slice(0, and) });
      hits.push({
        start: r.start + and + 5,
        end: r.end,
        flow: first === "EXPORT" ? "IMPORT" : "EXPORT",
        word: m[0].slice(and + 5),
      });
      continue;
    }
    hits.push({ ...r, flow, word: w });
  }
  return hits;
}

/** Runs of flow words joined by "," / "and": an enumeration ("imported and exported"). */
function flowGroups(text: string, hits: FlowHit[]): FlowHit[][] {
  const groups: FlowHit[][] = [];
  for (const h of hits) {
    const g = groups[groups.length - 1];
    if (g && /^\s*(?:,\s*and|,|and)\s*$/.test(text.slice(g[g.length - 1].end, h.start))) g.push(h);
    else groups.push([h]);
  }
  return groups;
}

interface Metrics {
  values: Array<{ money: Money; period: Period | null }>;
  quantities: Quantity[];
  prices: Price[];
  changes: number[];
  shares: number[];
}

function classifyNumbers(
  text: string,
  c: Clause,
  numbers: NumberMention[],
  periods: PeriodMention[],
): Metrics {
  const m: Metrics = { values: [], quantities: [], prices: [], changes: [], shares: [] };
  let lastRole: "change" | "share" | null = null;
  let lastNegative = false;
  let lastEnd = c.start;
  for (const n of numbers) {
    if (n.start < c.start || n.end > c.end || inside(n, c.masked)) continue;
    const gapFrom = lastEnd;
    lastEnd = n.end;
    const before = text.slice(Math.max(c.start, n.start - 60), n.start);
    const after = text.slice(n.end, Math.min(c.end, n.end + 60));
    if (n.kind === "money") {
      if (n.conversion) continue;
      if (/\bby\s+(?:over |more than |about |nearly |an average of |around )?$/i.test(before))
        continue; // an absolute change
      const per = /^\s*(?:in|for)\s+((?:19|20)\d{2})\b/.exec(after);
      const own = per ? periods.find((p) => p.start >= n.end && p.start <= n.end + 8) : undefined;
      m.values.push({
        money: { amount: n.amount, currency: n.currency as Currency },
        period: own ? own.period : null,
      });
    } else if (n.kind === "quantity") m.quantities.push({ amount: n.amount, unit: n.unit ?? "t" });
    else if (n.kind === "price")
      m.prices.push({ amount: n.amount, currency: n.currency ?? "CNY", per: n.per ?? "t" });
    else if (n.kind === "percent" || n.kind === "fraction") {
      if (NOT_A_SHARE.test(after) || RATE_OF.test(before)) {
        lastRole = null;
        continue;
      }
      const cb = CHANGE_BEFORE.exec(before);
      const ca = CHANGE_AFTER.exec(after);
      if (
        n.kind === "percent" &&
        !cb &&
        SHARE_LEVEL.test(before) &&
        SHARE_SUBJECT.test(text.slice(c.start, n.start)) &&
        // whose share it is must be named in the clause (a segment or a name), not left to
        // "these zones" or the paragraph before
        (segmentsIn(text, c).length > 0 || SHARE_OF_NAME.test(text.slice(c.start, n.start)))
      ) {
        // "The share of private enterprises ... rose 2.3 percentage points to 61.8 percent":
        // the level the share reached; the points are a change of the share, not changePct
        m.shares.push(n.amount);
        lastRole = "share";
        continue;
      }
      if (n.kind === "percent" && !SHARE_AFTER.test(after) && (cb || ca)) {
        const word = (cb ? cb[1] : (ca as RegExpExecArray)[1]).toLowerCase();
        // "registered a 44.6% growth": the cue follows
        const neg = cb
          ? NEGATIVE.test(word) && !(ca && !NEGATIVE.test(ca[1]))
          : NEGATIVE.test(word);
        m.changes.push(neg ? -n.amount : n.amount);
        lastRole = "change";
        lastNegative = neg;
      } else if (SHARE_BEFORE.test(before) || SHARE_AFTER.test(after)) {
        m.shares.push(n.amount);
        lastRole = "share";
      } else if (lastRole && n.kind === "percent") {
        if (lastRole === "change") m.changes.push(lastNegative ? -n.amount : n.amount);
        else m.shares.push(n.amount);
      }
    } else if (n.kind === "times") {
      // Why lastRole: in "surged 1.5 times, 38.6 percent and 27.9 percent respectively" the
      // percents after the "times" item are changes of the same list, and the other way round
      if (
        /\b(increased|grew|rose|expanded|up|jumped|surged|soared|climbed)\s+(?:by\s+)?$/i.test(
          before,
        ) ||
        (lastRole === "change" && !lastNegative && LIST_GAP.test(text.slice(gapFrom, n.start)))
      ) {
        m.changes.push(Math.round(n.amount * 100 * 1000) / 1000);
        lastRole = "change";
        lastNegative = false;
      }
    } else if (n.kind === "doubled") m.changes.push(100);
  }
  return m;
}

function opensWithSegment(chunk: string): boolean {
  SEGMENT_RE.lastIndex = 0;
  const m = SEGMENT_RE.exec(chunk);
  SEGMENT_RE.lastIndex = 0;
  return (
    m !== null &&
    /^[\s,;]*(?:(?:while|whereas|but|and|meanwhile|in addition|besides|also),?\s+)?(?:the\s+)?$/i.test(
      chunk.slice(0, m.index),
    )
  );
}

function segmentsIn(text: string, c: Clause): Segment[] {
  const chunk = text.slice(c.start, c.end);
  const out: Segment[] = [];
  SEGMENT_RE.lastIndex = 0;
  for (let m = SEGMENT_RE.exec(chunk); m; m = SEGMENT_RE.exec(chunk)) {
    if (inside({ start: c.start + m.index, end: c.start + m.index + m[0].length }, c.masked))
      continue;
    const key = m[0].toLowerCase().replace(/ /g, "-");
    const seg =
      SEGMENTS.find((s) => s.pattern.toLowerCase().replace(/ /g, "-") === key) ??
      SEGMENTS.find((s) => s.pattern.toLowerCase() === m?.[0].toLowerCase());
    if (seg && !out.some((x) => x.value === seg.value))
      out.push({ dimension: seg.dimension, value: seg.value });
  }
  return out;
}

/** "agricultural and electromechanical products": the first conjunct names a commodity too. */
function ellipticalCommodities(ctx: TradeContext, c: Clause, m: Mention): Mention[] {
  const tail = /\s(products|goods)$/.exec(m.surface);
  if (!tail) return [];
  const before = ctx.text.slice(Math.max(c.start, m.start - 60), m.start);
  const conj = /((?:[a-z-]+,\s*)*[a-z-]+)(?:,)?\s+(?:and|or)\s+$/.exec(before);
  if (!conj) return [];
  const out: Mention[] = [];
  let offset = m.start - before.length + (conj.index ?? 0);
  for (const word of conj[1].split(/,\s*/)) {
    const e = ctx.gazetteer.lookup(`${word}${tail[0]}`);
    const at = ctx.text.indexOf(word, offset);
    if (e && e.type === "Commodity" && at >= 0)
      out.push({ start: at, end: at + word.length, surface: word, entity: e, nested: false });
    offset = at + word.length;
  }
  return out;
}

function clauseFacts(
  ctx: TradeContext,
  s: Range,
  c: Clause,
  speaker: string | null,
  sentenceMentions: Mention[],
  numbers: NumberMention[],
  periods: PeriodMention[],
  ts: TurnState,
  ps: ParagraphState,
  doc: DocTradeState,
  prev: Draft | null,
): Draft[] {
  const { text } = ctx;
  const chunk = text.slice(c.start, c.end);
  if (NON_TRADE.test(chunk)) return [];
  const metrics = classifyNumbers(text, c, numbers, periods);
  const n = Math.max(
    metrics.values.length,
    metrics.quantities.length,
    metrics.prices.length,
    metrics.changes.length,
    metrics.shares.length,
  );
  if (n === 0) return [];

  const ms = sentenceMentions.filter(
    (m) => m.start >= c.start && m.end <= c.end && !inside(m, c.masked),
  );
  const partners = uniq(
    ms
      .filter(isForeign)
      .filter(
        (m) =>
          !/\b(?:after|than|like)\s+(?:the\s+)?$/.test(
            text.slice(Math.max(c.start, m.start - 12), m.start),
          ),
      )
      .map((m) => m.entity.id),
  );
  // "south China's Hainan Province", "east China's Zhejiang": the first area only locates the
  // second, which is the one whose trade is measured
  const domestic = ms.filter(isDomestic);
  const reporters = uniq(
    domestic
      .filter(
        (m, i) =>
          !(
            domestic[i + 1] &&
            /^['’]s\s+$/.test(text.slice(m.end, domestic[i + 1].start)) &&
            /(?:^|\s)(?:north|south|east|west|northeast|northwest|southeast|southwest|central)(?:ern)?\s/i.test(
              ` ${m.surface} `,
            )
          ),
      )
      .map((m) => m.entity.id),
  );
  const commodityMentions = ms.filter((m) => m.entity.type === "Commodity");
  const withEllipsis = commodityMentions.flatMap((m) => [...ellipticalCommodities(ctx, c, m), m]);
  const coordinated = (xs: Mention[]) =>
    xs.every(
      (m, i) =>
        i === 0 ||
        /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as well as\s+)(?:the\s+)?$/.test(
          text.slice(xs[i - 1].end, m.start),
        ),
    );
  const commodities = uniq(withEllipsis.map((m) => m.entity.id));
  let segments = segmentsIn(text, c);
  const hits = flowHits(text, c);
  const groups = flowGroups(text, hits);
  const firstFigure =
    numbers.find((x) => x.start >= c.start && x.end <= c.end && x.kind !== "count")?.start ?? c.end;
  const before = hits.filter((h) => h.end <= firstFigure);
  let flow: Flow | null = (before.length ? before[before.length - 1] : hits[0])?.flow ?? null;
  const enumFlows = groups.find((g) => g.length > 1 && g.length === n)?.map((h) => h.flow) ?? null;

  const bare =
    partners.length === 0 &&
    reporters.length === 0 &&
    commodities.length === 0 &&
    segments.length === 0 &&
    !/\b(total|overall|China's|country's|nation's|amount|goods|our)\b/i.test(chunk);
  // fill what the clause leaves out
  let partnerIds: Array<string | null> = partners;
  let reporterIds: string[] = reporters;
  // "It accounted for 29.6% of ...": the figure is about the fact just stated
  const pronoun =
    /^\s*(?:It|This|That)\s+(?:accounted|accounts|made|makes|represented|represents|was|is|comprised)\b/.test(
      chunk,
    )
      ? ps.lastFact
      : null;
  if (pronoun && commodities.length === 0 && partners.length === 0 && reporters.length === 0) {
    partnerIds = [pronoun.partner];
    reporterIds = [pronoun.reporter];
    if (pronoun.commodity) commodities.push(pronoun.commodity);
    if (pronoun.segment) segments = [pronoun.segment];
    flow = pronoun.flow;
  }
  // "Shipments in November alone dropped 10 percent": a generic subject stands for the goods
  // and flow of the fact just stated (the previous sentence, possibly the previous paragraph)
  const carried = ps.lastFact ?? ts.lastFact;
  if (
    GENERIC_SUBJECT.test(chunk) &&
    carried?.commodity &&
    commodities.length === 0 &&
    partners.length === 0 &&
    reporters.length === 0
  ) {
    commodities.push(carried.commodity);
    flow ??= carried.flow;
  }
  if (!flow && !enumFlows) {
    if (prev) flow = prev.flow;
    else if ((partners.length > 0 || commodities.length > 0) && (ps.lastFact || ts.lastFact))
      flow = ps.lastFact ? ps.lastFact.flow : "TOTAL";
    else if (/^\s*(?:,\s*)?(?:and\s+)?[\d$]/.test(chunk) && ps.lastFact) flow = ps.lastFact.flow;
  }
  if (!flow && !enumFlows) return [];
  if (partnerIds.length === 0) {
    if (/\bbilateral\b/i.test(chunk) && ts.topicPartner) partnerIds = [ts.topicPartner];
    else if (prev?.partner && reporters.length === 0) partnerIds = [prev.partner];
    else if (
      reporters.length === 0 &&
      !/\b(total|overall|country's|nation's)\b/i.test(chunk) &&
      ps.partner &&
      // Why: a sentence that opens on a trade mode or channel of its own ("Processing trade
      // fell ...") after one on a partner reports that segment of all trade, not the partner's
      !(segments.length > 0 && opensWithSegment(chunk))
    )
      partnerIds = [ps.partner];
  }
  if (reporterIds.length === 0) {
    if (prev && prev.reporter !== ctx.defaultReporter) reporterIds = [prev.reporter];
    else if (bare && ps.lastFact && ps.lastFact.reporter !== CHINA)
      reporterIds = [ps.lastFact.reporter];
    // a news article (no speakers) goes on about the area of its previous paragraph:
    // "Hainan's trade hit ...  <new paragraph> Exports soared 43.6 percent ..."
    else if (bare && !speaker && !ps.lastFact && ts.lastFact && ts.lastFact.reporter !== CHINA)
      reporterIds = [ts.lastFact.reporter];
  }
  if (segments.length === 0) {
    if (prev?.segment && (bare || partners.length > 0)) segments = [prev.segment];
    else if (bare && ps.lastFact?.segment) segments = [ps.lastFact.segment];
    else if (ps.segment && reporters.length === 0) segments = [ps.segment];
  }

  // period and baseline
  DATELINE.lastIndex = 0;
  const dateline = DATELINE.exec(chunk);
  const filed = dateline ? c.start + dateline[0].length : c.start;
  const inClause = periods.filter((p) => p.start >= filed && p.end <= c.end);
  const inSentence = periods.filter((p) => p.end <= c.start);
  const own = inClause.find(
    (p) =>
      p.role === "period" &&
      !p.years &&
      !metrics.values.some(
        (v) => v.period && v.period.start === p.period.start && v.period.end === p.period.end,
      ),
  );
  const same = inClause.find((p) => p.role === "same-period");
  const since = inClause.find((p) => p.role === "since");
  const multi = inClause.find((p) => p.years);
  // a clause dated only by words the document date cannot resolve is not given another period
  if (!own && inClause.some((p) => p.role === "unresolved")) return [];
  let period: Period | null = own?.period ?? null;
  if (!period && same) period = prev?.period ?? ts.period ?? ctx.defaultPeriod;
  if (!period && since) period = since.period;
  if (!period && /\bcumulative\b/i.test(chunk) && doc.lastSince) period = doc.lastSince;
  if (!period)
    period =
      prev?.period ??
      inSentence.find((p) => p.role === "period" && !p.years)?.period ??
      ts.period ??
      ctx.defaultPeriod;
  const basePm =
    inClause.find((p) => p.role === "baseline") ??
    inSentence.find(
      (p) => p.role === "baseline" && p.start === s.start + text.slice(s.start).search(/\S/),
    ) ??
    null;
  // a period that starts after the document's own date is a forecast or target ("will reach
  // 45 million units by the end of 2030"), not a measured quantity
  if (
    period &&
    ctx.date &&
    period.start > `${ctx.date.year}-${String(ctx.date.month).padStart(2, "0")}`
  )
    return [];
  let periodsOut: Period[] = period ? [period] : [];
  if (multi && !own) {
    const [y] = multi.period.start.split("-").map(Number);
    periodsOut = Array.from({ length: multi.years ?? 1 }, (_, i) => ({
      start: `${y - (multi.years ?? 1) + 1 + i}-01`,
      end: `${y - (multi.years ?? 1) + 1 + i}-12`,
    }));
  }

  const dims = {
    partner: partnerIds.length ? partnerIds : [null],
    reporter: reporterIds.length ? reporterIds : [ctx.defaultReporter],
    commodity: commodities.length ? commodities : [null],
    flow: enumFlows ?? [flow as Flow],
    segment: segments.length ? segments : [null],
  };
  // reporters listed without one figure each are not a fact each
  if (dims.reporter.length > 1 && dims.reporter.length !== n) return [];
  const pick = <T>(xs: T[], i: number): T | undefined =>
    xs.length === 1 ? xs[0] : xs.length === n || (n === 1 && xs.length > 1) ? xs[i] : undefined;
  const out: Draft[] = [];
  // one figure for a list ("imports of A and B doubled") holds for each item
  const widest = Math.max(dims.partner.length, dims.commodity.length, dims.flow.length);
  if (n === 1 && widest > 1) {
    const partnerMs = ms.filter(isForeign);
    if (
      (dims.commodity.length > 1 && !coordinated(withEllipsis)) ||
      (dims.partner.length > 1 && !coordinated(partnerMs))
    )
      return [];
  }
  const count =
    n === 1
      ? widest
      : n > 1 &&
          ![dims.partner, dims.reporter, dims.commodity, dims.flow, dims.segment].some(
            (d) => d.length === n,
          ) &&
          !metrics.values.every((v) => v.period)
        ? 1
        : n;
  for (let i = 0; i < count; i++) {
    const partner = pick(dims.partner, i);
    const reporter = pick(dims.reporter, i);
    const commodity = pick(dims.commodity, i);
    const fl = pick(dims.flow, i);
    const segment = pick(dims.segment, i);
    if (
      partner === undefined ||
      reporter === undefined ||
      commodity === undefined ||
      fl === undefined ||
      segment === undefined
    )
      continue;
    const value = pick(metrics.values, i);
    const forPeriods = value?.period ? [value.period] : periodsOut;
    for (const per of forPeriods) {
      let baseline: Period | null = null;
      if (basePm) baseline = basePm.sameIn ? sameMonthsIn(per, basePm.sameIn) : basePm.period;
      if (baseline && baseline.start === per.start && baseline.end === per.end) baseline = null;
      const draft: Draft = {
        reporter,
        partner: partner === reporter ? null : partner,
        commodity,
        flow: fl,
        segment,
        period: per,
        value: value?.money ?? null,
        quantity: pick(metrics.quantities, i) ?? null,
        price: pick(metrics.prices, i) ?? null,
        changePct: forPeriods.length > 1 ? null : (pick(metrics.changes, i) ?? null),
        baseline: null,
        sharePct: forPeriods.length > 1 ? null : (pick(metrics.shares, i) ?? null),
        evidence: { start: s.start, end: s.end, quote: text.slice(s.start, s.end) },
        speaker,
      };
      if (draft.changePct !== null) draft.baseline = baseline;
      if (
        !draft.value &&
        !draft.quantity &&
        !draft.price &&
        draft.changePct === null &&
        draft.sharePct === null
      )
        continue;
      out.push(draft);
    }
  }
  return out;
}

/** One fact per key: figures stated twice (headline and answer) are merged. */
export function mergeFacts(drafts: Draft[]): TradeFact[] {
  const byKey = new Map<string, Draft>();
  for (const d of drafts) {
    const key = JSON.stringify([
      d.reporter,
      d.partner,
      d.commodity,
      d.flow,
      d.segment?.dimension ?? null,
      d.segment?.value ?? null,
      d.period,
      d.baseline,
    ]);
    let have = byKey.get(key);
    let k = 1;
    while (have && conflicts(have, d)) have = byKey.get(`${key}#${k++}`);
    if (!have) {
      byKey.set(k === 1 ? key : `${key}#${k - 1}`, { ...d });
      continue;
    }
    have.value ??= d.value;
    have.quantity ??= d.quantity;
    have.price ??= d.price;
    have.sharePct ??= d.sharePct;
    if (have.changePct === null && d.changePct !== null) {
      have.changePct = d.changePct;
      have.baseline = d.baseline;
    }
  }
  return [...byKey.values()].map((d) => {
    const { evidence, ...fields } = d;
    return { id: stableId("tf:", fields), ...fields, evidence };
  });
}

/** Two statements of one key that disagree on a figure stay two facts. */
function conflicts(a: Draft, b: Draft): boolean {
  const differ = (x: unknown, y: unknown) =>
    x !== null && y !== null && JSON.stringify(x) !== JSON.stringify(y);
  return (
    differ(a.value, b.value) ||
    differ(a.quantity, b.quantity) ||
    differ(a.price, b.price) ||
    differ(a.changePct, b.changePct) ||
    differ(a.sharePct, b.sharePct)
  );
}
