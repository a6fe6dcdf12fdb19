/**
 * Sentences → PolicyFacts: who issued or carries out which measure, what a measure targets,
 * who cooperates with whom, what is part of what, and whom an agency supports.
 *
 * Why rules over the sentence's mentions: policy prose is formulaic ("We have implemented
 * X", "the GACC and the Belgian Customs signed an MoU", "green channel for fresh agricultural
 * products"). The actor is the sentence's subject: a named agency or country, or "we" and
 * "customs authorities", which stand for the speaker's own agency (from the briefing roster).
 * The verb before a measure decides ISSUED (launched, introduced, signed) or IMPLEMENTS.
 * Part-of links come from names ("Department of X of the GACC"), from the reference data
 * (a province listed with the domestic area it belongs to) and from "zone in province".
 */

import agencyData from "../../data/agencies.json" with { type: "json" };
import type { PolicyFact, Predicate } from "../core/contract.js";
import type { EntityInfo, Gazetteer } from "./gazetteer.js";
import { type Mention, mentionsWithin, type ZoneLocation } from "./mentions.js";
import type { Range } from "./sentences.js";
import { stableId } from "./slug.js";
import { MAX_SENTENCE } from "./trade-facts.js";

type Draft = Omit<PolicyFact, "id">;

const ISSUE_VERBS =
  /\b(issued|introduced|introduce|launched|launch|rolled out|roll out|released|release|drew up|drawn up|drawing up|drafted|draft|formulated|enacted|promulgated|proposed|signed|designed|formed|innovated|created|unveiled|announced|made|eliminated|co-organized|compiled|deemed|put forward|established|set up)\b/gi;
const ACT_VERBS =
  /\b(implement\w*|promot\w*|carr(?:ied|y|ying) out|advanc\w*|pilot\w*|appl(?:ied|y|ying)|conduct\w*|participat\w*|push\w* forward|optimiz\w*|expand\w*|deepen\w*|support\w*|facilitat\w*|enforc\w*|using|use|adher\w*|follow\w*|contribut\w*|continu\w*|improv\w*|guid\w*|develop\w*|build\w*|concentrat\w*|vigorously|actively|work\w* on|incorporat\w*|replicat\w*|solidly|institutionaliz\w*|upgrad\w*|strengthen\w*)\b/gi;
const SUPPORT_VERBS =
  /\b(support\w*|backed|facilitat\w*|promot\w*|construction of|establish\w*|guided|innovation|favorable environment|opening of|enhanced)\b/i;
const JOINT =
  /\b(signed|entered into|co-organized|co-organised|jointly|collaborated with|cooperated with|together with|agreed|worked with|partnered with)\b/i;
const WE = /\b(we|We|our|Our|us)\b/;

const SUBJECT_ALIASES =
  (agencyData as { subjectAliases?: { gacc?: string[] } }).subjectAliases?.gacc ?? [];
const SUBJECT_RE = new RegExp(
  `\\b(${SUBJECT_ALIASES.map((a) => a.replace(/'/g, "['’]"))
    .sort((a, b) => b.length - a.length)
    .join("|")})\\b`,
  "i",
);

const WE_WORD = /\b(?:we|We)\b/g;
const SUBJECT_RE_G = new RegExp(SUBJECT_RE.source, "gi");

export interface PolicyContext {
  text: string;
  gazetteer: Gazetteer;
  /** agency id each official speaks for */
  speakerAgency: Map<string, string>;
}

export interface PolicySentence extends Range {
  speaker: string | null;
  /** the paragraph before this sentence */
  previous: Range | null;
}

export function extractPolicyFacts(
  ctx: PolicyContext,
  sentences: PolicySentence[],
  mentions: Mention[],
  zoneLocations: ZoneLocation[],
): PolicyFact[] {
  const drafts: Draft[] = [];
  const evidence = (r: Range) => ({
    start: r.start,
    end: r.end,
    quote: ctx.text.slice(r.start, r.end),
  });
  for (const s of sentences) {
    if (s.end - s.start > MAX_SENTENCE) continue;
    const ms = mentionsWithin(mentions, s);
    // a link needs two ends, or one and the speaker's "we"
    if (ms.length === 0) continue;
    const add = (subject: string, predicate: Predicate, object: string) => {
      if (subject !== object)
        drafts.push({ subject, predicate, object, evidence: evidence(s), speaker: s.speaker });
    };
    partOfLinks(ctx, s, ms, mentions, add);
    actorLinks(ctx, s, ms, add);
    appliesTo(ctx, ms, add);
    passiveAgents(ctx, ms, add);
    zoneCategoryLists(ctx, ms, add);
  }
  for (const z of zoneLocations) {
    const s = sentenceAt(sentences, z.evidence.start);
    if (s)
      drafts.push({
        subject: z.zone,
        predicate: "PART_OF",
        object: z.region,
        evidence: evidence(s),
        speaker: s.speaker,
      });
  }
  return dedupe(drafts);
}

function partOfLinks(
  ctx: PolicyContext,
  s: PolicySentence,
  ms: Mention[],
  all: Mention[],
  add: (a: string, p: Predicate, b: string) => void,
): void {
  const { text, gazetteer } = ctx;
  for (const m of ms) {
    // "Department of Statistics and Analysis of the GACC", "Press Bureau of the SCIO"
    if (
      m.entity.type === "Agency" &&
      !m.nested &&
      /^(Department|Bureau|Office|Press Bureau|Division)\b|\b(Bureau|Department)\b/.test(m.surface)
    ) {
      const nested = ms.find(
        (x) => x.nested && x.start > m.start && x.end <= m.end && x.entity.type === "Agency",
      );
      const after = /^\s+(?:of|at|under)\s+(?:the\s+)?$/.test(text.slice(m.end, m.end + 12))
        ? ms.find((x) => x.start >= m.end && x.start <= m.end + 12 && x.entity.type === "Agency")
        : undefined;
      const parent =
        nested ??
        after ??
        ms.find((x) => x.start >= m.end && x.start <= m.end + 12 && x.entity.type === "Agency");
      if (parent) add(m.entity.id, "PART_OF", parent.entity.id);
    }
    // local customs offices belong to the national customs administration
    if (m.entity.kind === "CUSTOMS_OFFICE" && isChineseOffice(m.entity, gazetteer)) {
      // stated once per document: the first sentence naming the office is its evidence (dedupe keeps it)
      add(m.entity.id, "PART_OF", "agency:gacc");
    }
    // "Khunjerab Pass, a land port ... in China's Xinjiang"
    if (m.entity.type === "Zone" && m.entity.kind !== "ZONE_CATEGORY") {
      const next = ms.find((x) => x.start > m.end && x.entity.type === "Region");
      if (
        next &&
        (next.entity.kind === "PROVINCE" || next.entity.kind === "MUNICIPALITY") &&
        /\bin\s+(?:China's\s+)?$/.test(text.slice(next.start - 16, next.start)) &&
        next.start - m.end < 80
      )
        add(m.entity.id, "PART_OF", next.entity.id);
    }
  }
  // provinces listed next to the domestic area they belong to (this or the previous sentence)
  const provinces = ms.filter(
    (m) =>
      m.entity.type === "Region" &&
      (m.entity.kind === "PROVINCE" || m.entity.kind === "MUNICIPALITY"),
  );
  if (provinces.length === 0) return;
  const near = [...ms, ...(s.previous ? mentionsWithin(all, s.previous) : [])];
  for (const area of near) {
    if (area.entity.kind !== "DOMESTIC_AREA" || !area.entity.members) continue;
    for (const p of provinces) {
      const code = p.entity.codes.iso3166_2;
      if (
        code &&
        area.entity.members.includes(code) &&
        /\b(among them|including|such as|namely|all)\b/i.test(text.slice(s.start, s.end))
      )
        add(p.entity.id, "PART_OF", area.entity.id);
    }
  }
}

function isChineseOffice(e: EntityInfo, gazetteer: Gazetteer): boolean {
  const place = e.name.replace(/ Customs$/, "");
  const known = gazetteer.lookup(place);
  if (known)
    return known.type === "Region" && (known.id.startsWith("region:CN-") || known.kind === "CITY");
  // demonyms ("Belgian", "Korean") name foreign customs
  return !/(an|ese|ish|ch)$/.test(place);
}

/** The acting agency or country of a sentence: a name (or "we", "customs authorities") right before its verb. */
// "(?:on Monday …)": news style puts the weekday between subject and verb ("The GACC on
// Wednesday released ...")
const AFTER_SUBJECT =
  /^\s*(?:\([^)]{1,40}\)\s*)?(?:,[^,]{0,80},\s*)?(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:\w+ly\s+)?(?:has|have|had|will|would|shall|should|must|can|could|is|are|was|were|also|continued|continues|\w+ed)\b/;

function actors(
  ctx: PolicyContext,
  s: PolicySentence,
  ms: Mention[],
): { ids: string[]; end: number; clauses: Array<{ ids: string[]; start: number; end: number }> } {
  const { text } = ctx;
  const agency = s.speaker ? ctx.speakerAgency.get(s.speaker) : undefined;
  const cands: Array<{ ids: string[]; start: number; end: number }> = [];
  const named = ms.filter(
    (m) => !m.nested && (m.entity.type === "Agency" || m.entity.type === "Country"),
  );
  for (let i = 0; i < named.length; i++) {
    const m = named[i];
    // "The GACC and the Belgian Customs signed": both act
    const ids = [m.entity.id];
    let last = m;
    for (
      let j = i + 1;
      j < named.length &&
      /^\s*(?:,|and|, and)\s*(?:the\s+)?$/.test(text.slice(last.end, named[j].start));
      j++
    ) {
      ids.push(named[j].entity.id);
      last = named[j];
    }
    if (
      AFTER_SUBJECT.test(text.slice(last.end, last.end + 120)) &&
      !/\b(?:of|by|to|with|for|from|in)\s+(?:the\s+)?$/.test(
        text.slice(Math.max(s.start, m.start - 8), m.start),
      )
    )
      cands.push({ ids, start: m.start, end: last.end });
  }
  const chunk = text.slice(s.start, s.end);
  for (const re of [WE_WORD, SUBJECT_RE_G]) {
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      const at = s.start + m.index;
      if (!AFTER_SUBJECT.test(text.slice(at + m[0].length, at + m[0].length + 120))) continue;
      const id = /^we$/i.test(m[0]) ? agency : "agency:gacc";
      if (id) cands.push({ ids: [id], start: at, end: at + m[0].length });
      break;
    }
  }
  cands.sort((a, b) => a.start - b.start);
  // Why: "GACC has implemented A, and Haikou Customs has promoted B": a later actor that opens
  // a coordinated clause is the subject of that clause's measures
  const clauses = cands
    .slice(1)
    .filter(
      (c) =>
        c.start > cands[0].end &&
        /(?:[,;]\s*(?:and|while|whereas|but|meanwhile)?|\b(?:and|while|whereas))\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(s.start, c.start - 16), c.start),
        ),
    );
  if (cands.length > 0) return { ids: cands[0].ids, end: cands[0].end, clauses };
  if (agency && WE.test(chunk)) return { ids: [agency], end: s.start, clauses: [] };
  return { ids: [], end: s.start, clauses: [] };
}

function actorLinks(
  ctx: PolicyContext,
  s: PolicySentence,
  ms: Mention[],
  add: (a: string, p: Predicate, b: string) => void,
): void {
  const { text } = ctx;
  const who = actors(ctx, s, ms);
  const sentence = text.slice(s.start, s.end);
  if (who.ids.length >= 2 && JOINT.test(sentence)) {
    for (let i = 0; i < who.ids.length; i++)
      for (let j = i + 1; j < who.ids.length; j++) add(who.ids[i], "COOPERATES_WITH", who.ids[j]);
  }
  // "co-organized ... with the World Customs Organization", "collaborated with the Supreme People's Court"
  if (who.ids.length >= 1) {
    const joint =
      /\b(co-organized|co-organised|collaborated|cooperated|worked together|jointly|together|signed|agreed)\b/i.exec(
        sentence,
      );
    if (joint) {
      for (const m of ms) {
        if (
          m.nested ||
          m.start < s.start + joint.index ||
          (m.entity.type !== "Agency" && m.entity.type !== "Country") ||
          who.ids.includes(m.entity.id)
        )
          continue;
        if (
          /\bwith\s+(?:the\s+)?$/.test(text.slice(Math.max(s.start, m.start - 10), m.start)) ||
          /^\s*(?:and|,)\s*(?:the\s+)?$/.test(text.slice(ms[ms.indexOf(m) - 1]?.end ?? 0, m.start))
        )
          add(who.ids[0], "COOPERATES_WITH", m.entity.id);
      }
    }
  }
  if (who.ids.length === 0) return;
  const verbs = verbsOf(sentence, s.start);
  for (const m of ms) {
    if (m.nested || m.start < who.end) continue;
    const before = text.slice(s.start, m.start);
    if (m.entity.type === "Measure") {
      let verb: { at: number; issue: boolean } | undefined;
      for (const v of verbs) if (v.at < m.start) verb = v;
      if (!verb) continue;
      const pred: Predicate = verb.issue ? "ISSUED" : "IMPLEMENTS";
      const clause = who.clauses.filter((c) => c.end <= m.start).pop();
      // "China and Singapore signed an ... arrangement": countries that sign a bilateral deal
      // cooperate (linked above); ISSUED is an agency's act (contract), so neither country
      // issues it. Agencies that co-sign an MoU each issue it, as before.
      const parties = clause ? clause.ids : who.ids;
      if (
        parties.length >= 2 &&
        parties.every((id) => id.startsWith("country:")) &&
        /^(?:signed|inked|concluded)\b/i.test(text.slice(verb.at, verb.at + 10))
      )
        continue;
      for (const id of clause ? clause.ids : who.ids) add(id, pred, m.entity.id);
    } else if (
      (m.entity.type === "Zone" ||
        (m.entity.type === "Region" && m.entity.kind === "DOMESTIC_AREA")) &&
      SUPPORT_VERBS.test(before) &&
      // "established six types of zones: A, B and C": a list of kinds, not zones backed
      !/:[^.]*$/.test(before.slice(before.search(SUPPORT_VERBS)))
    ) {
      add(who.ids[0], "SUPPORTS", m.entity.id);
    }
  }
}

/** Verbs of issuing and of acting in a sentence, in order (an issuing verb wins a tie). */
function verbsOf(sentence: string, offset: number): Array<{ at: number; issue: boolean }> {
  const out: Array<{ at: number; issue: boolean }> = [];
  for (const [re, issue] of [
    [ISSUE_VERBS, true],
    [ACT_VERBS, false],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence))
      out.push({ at: offset + m.index, issue });
    re.lastIndex = 0;
  }
  return out.sort((a, b) => a.at - b.at || Number(a.issue) - Number(b.issue));
}

/** "green channel for fresh agricultural products", "measures ... in the Greater Bay Area" */
function appliesTo(
  ctx: PolicyContext,
  ms: Mention[],
  add: (a: string, p: Predicate, b: string) => void,
): void {
  const { text } = ctx;
  for (const m of ms) {
    if (m.entity.type !== "Measure" || m.nested) continue;
    for (const t of ms) {
      const within = t.nested && t.start >= m.start && t.end <= m.end;
      if (within && t.entity.type !== "Agency") {
        if (
          t.entity.type === "Commodity" ||
          t.entity.type === "Zone" ||
          (t.entity.type === "Region" && t.entity.kind !== "CITY")
        )
          add(m.entity.id, "APPLIES_TO", t.entity.id);
        continue;
      }
      if (t.nested || t.start < m.end || t.start - m.end > 90) continue;
      const isTarget =
        t.entity.type === "Zone" ||
        t.entity.type === "Commodity" ||
        (t.entity.type === "Region" && t.entity.kind !== "CITY") ||
        (t.entity.type === "Country" && t.entity.id !== "country:CHN");
      if (!isTarget) continue;
      const between = text.slice(m.end, t.start);
      if (/[.;]/.test(between)) continue;
      // "signed an ... arrangement in Beijing": where a deal is signed is not what it covers
      if (
        /^\s*(?:\)\s*|\([^)]{1,12}\)\s*)?(?:[\w-]+\s+){0,3}(?:in|at)\s+(?:the\s+)?$/i.test(
          between,
        ) &&
        /\b(?:signed|inked|concluded)\b[^.;]*$/i.test(
          text.slice(Math.max(0, m.start - 120), m.start),
        )
      )
        continue;
      if (
        /\b(for|in|to|on|at|of|covering|targeting|applicable to|via|from)\s+(?:the\s+|key\s+|imported\s+|seven\s+categories\s+of\s+|[a-z]+\s+)?$/i.test(
          between,
        ) ||
        /^\s*(?:\)\s*)?(?:for|in|to|on|at)\s/.test(between)
      )
        add(m.entity.id, "APPLIES_TO", t.entity.id);
    }
  }
}

function dedupe(drafts: Draft[]): PolicyFact[] {
  const seen = new Set<string>();
  const out: PolicyFact[] = [];
  for (const d of drafts) {
    const key = `${d.subject}|${d.predicate}|${d.object}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { evidence, ...fields } = d;
    out.push({ id: stableId("pf:", fields), ...fields, evidence });
  }
  return out;
}

/** "the Handbook ... compiled by the WTO, the IMF and UNCTAD": each issued it, together. */
function passiveAgents(
  ctx: PolicyContext,
  ms: Mention[],
  add: (a: string, p: Predicate, b: string) => void,
): void {
  const { text } = ctx;
  for (const m of ms) {
    if (m.entity.type !== "Measure" || m.nested) continue;
    const by =
      /^\s*(?:\([^)]*\)\s*)?(?:compiled|issued|released|drawn up|drafted|published|launched|organized|organised|adopted|signed|enacted|proposed|made) by\s/.exec(
        text.slice(m.end, m.end + 60),
      );
    if (!by) continue;
    const agents: Mention[] = [];
    let cursor = m.end + by[0].length;
    for (const a of ms) {
      if (a.nested || a.start < cursor) continue;
      if (
        !/^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:and\s+)?(?:the\s+)?$/.test(text.slice(cursor, a.start))
      )
        break;
      if (a.entity.type !== "Agency" && a.entity.type !== "Country") break;
      agents.push(a);
      cursor = a.end;
    }
    for (const a of agents) add(a.entity.id, "ISSUED", m.entity.id);
    for (let i = 0; i < agents.length; i++)
      for (let j = i + 1; j < agents.length; j++)
        add(agents[i].entity.id, "COOPERATES_WITH", agents[j].entity.id);
  }
}

/** "six types of special customs supervision zones: bonded zones, export processing zones, ..." */
function zoneCategoryLists(
  ctx: PolicyContext,
  ms: Mention[],
  add: (a: string, p: Predicate, b: string) => void,
): void {
  const { text } = ctx;
  const cats = ms.filter((m) => m.entity.kind === "ZONE_CATEGORY" && !m.nested);
  for (let i = 0; i < cats.length; i++) {
    const head = cats[i];
    if (
      !/^\s*(?:nationwide\s*)?(?::|,?\s*including\s+(?:\d+\s+)?)\s*$/.test(
        text.slice(head.end, cats[i + 1]?.start ?? head.end),
      )
    )
      continue;
    let prev = head;
    for (let j = i + 1; j < cats.length; j++) {
      const gap = text.slice(prev.end, cats[j].start);
      if (j > i + 1 && !/^\s*(?:,|and|, and)\s*$/.test(gap)) break;
      add(cats[j].entity.id, "PART_OF", head.entity.id);
      prev = cats[j];
    }
  }
}

/** The sentence holding offset `at` (sentences are in text order). */
function sentenceAt(sentences: PolicySentence[], at: number): PolicySentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}
