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
import type { PolicyFact, Predicate } from "../core/contract.js";
import agencyData from "../../data/agencies.json" with { type: "json" };
import type { EntityInfo, Gazetteer } from "./gazetteer.js";
import type { Mention, ZoneLocation } from "./mentions.js";
import type { Range } from "./sentences.js";
import { stableId } from "./slug.js";

type Draft = Omit<PolicyFact, "id">;

const ISSUE_VERBS =
  /\b(issued|introduced|introduce|launched|launch|rolled out|roll out|released|release|drew up|drawn up|drawing up|drafted|draft|formulated|enacted|promulgated|proposed|signed|designed|formed|innovated|created|unveiled|announced|made|eliminated|co-organized|compiled|deemed|put forward|established|set up)\b/gi;
const ACT_VERBS =
  /\b(implement\w*|promot\w*|carr(?:ied|y|ying) out|advanc\w*|pilot\w*|appl(?:ied|y|ying)|conduct\w*|participat\w*|push\w* forward|optimiz\w*|expand\w*|deepen\w*|support\w*|facilitat\w*|enforc\w*|using|use|adher\w*|follow\w*|contribut\w*|continu\w*|improv\w*|guid\w*|develop\w*|build\w*|concentrat\w*|vigorously|actively|work\w* on|incorporat\w*|replicat\w*|solidly|institutionaliz\w*|upgrad\w*|strengthen\w*)\b/gi;
const SUPPORT_VERBS = /\b(support\w*|backed|facilitat\w*|promot\w*|construction of|establishment of|guided|innovation and upgrading|favorable environment|opening of)\b/i;
const JOINT = /\b(signed|entered into|co-organized|co-organised|jointly|collaborated with|cooperated with|together with|agreed|worked with|partnered with)\b/i;
const WE = /\b(we|We|our|Our|us)\b/;

const SUBJECT_ALIASES = (agencyData as { subjectAliases?: { gacc?: string[] } }).subjectAliases?.gacc ?? [];
const SUBJECT_RE = new RegExp(`\\b(${SUBJECT_ALIASES.map((a) => a.replace(/'/g, "['’]")).sort((a, b) => b.length - a.length).join("|")})\\b`, "i");

export interface PolicyContext {
  text: string;
  gazetteer: Gazetteer;
  /** agency id each official speaks for */
  speakerAgency: Map<string, string>;
}

export interface PolicySentence extends Range {
  speaker: string | null;
  /** the previous sentence of the paragraph */
  previous: Range | null;
}

export function extractPolicyFacts(ctx: PolicyContext, sentences: PolicySentence[], mentions: Mention[], zoneLocations: ZoneLocation[]): PolicyFact[] {
  const drafts: Draft[] = [];
  const evidence = (r: Range) => ({ start: r.start, end: r.end, quote: ctx.text.slice(r.start, r.end) });
  for (const s of sentences) {
    const ms = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const add = (subject: string, predicate: Predicate, object: string) => {
      if (subject !== object) drafts.push({ subject, predicate, object, evidence: evidence(s), speaker: s.speaker });
    };
    partOfLinks(ctx, s, ms, mentions, add);
    actorLinks(ctx, s, ms, add);
    appliesTo(ctx, s, ms, add);
  }
  for (const z of zoneLocations) {
    const s = sentences.find((x) => x.start <= z.evidence.start && z.evidence.start < x.end);
    if (s) drafts.push({ subject: z.zone, predicate: "PART_OF", object: z.region, evidence: evidence(s), speaker: s.speaker });
  }
  return dedupe(drafts);
}

function partOfLinks(ctx: PolicyContext, s: PolicySentence, ms: Mention[], all: Mention[], add: (a: string, p: Predicate, b: string) => void): void {
  const { text, gazetteer } = ctx;
  for (const m of ms) {
    // "Department of Statistics and Analysis of the GACC", "Press Bureau of the SCIO"
    if (m.entity.type === "Agency" && !m.nested && /^(Department|Bureau|Office|Press Bureau|Division)\b|\b(Bureau|Department)\b/.test(m.surface)) {
      const nested = ms.find((x) => x.nested && x.start > m.start && x.end <= m.end && x.entity.type === "Agency");
      const after = /^\s+(?:of|at|under)\s+(?:the\s+)?$/.test(text.slice(m.end, m.end + 12)) ? ms.find((x) => x.start >= m.end && x.start <= m.end + 12 && x.entity.type === "Agency") : undefined;
      const parent = nested ?? after ?? ms.find((x) => x.start >= m.end && x.start <= m.end + 12 && x.entity.type === "Agency");
      if (parent) add(m.entity.id, "PART_OF", parent.entity.id);
    }
    // local customs offices belong to the national customs administration
    if (m.entity.kind === "CUSTOMS_OFFICE" && isChineseOffice(m.entity, gazetteer)) {
      const first = all.find((x) => x.entity.id === m.entity.id);
      if (first && first.start === m.start) add(m.entity.id, "PART_OF", "agency:gacc");
    }
    // "Khunjerab Pass, a land port ... in China's Xinjiang"
    if (m.entity.type === "Zone" && m.entity.kind !== "ZONE_CATEGORY") {
      const region = ms.find((x) => x.start > m.end && x.entity.type === "Region" && x.entity.kind === "PROVINCE" && /\bin\s+(?:China's\s+)?$/.test(text.slice(x.start - 16, x.start)) && x.start - m.end < 80);
      if (region) add(m.entity.id, "PART_OF", region.entity.id);
    }
  }
  // provinces listed next to the domestic area they belong to (this or the previous sentence)
  const provinces = ms.filter((m) => m.entity.type === "Region" && (m.entity.kind === "PROVINCE" || m.entity.kind === "MUNICIPALITY"));
  if (provinces.length === 0) return;
  const near = [...ms, ...(s.previous ? all.filter((m) => m.start >= (s.previous as Range).start && m.end <= (s.previous as Range).end) : [])];
  for (const area of near) {
    if (area.entity.kind !== "DOMESTIC_AREA" || !area.entity.members) continue;
    for (const p of provinces) {
      const code = p.entity.codes.iso3166_2;
      if (code && area.entity.members.includes(code) && /\b(among them|including|such as|namely|all)\b/i.test(text.slice(s.start, s.end))) add(p.entity.id, "PART_OF", area.entity.id);
    }
  }
}

function isChineseOffice(e: EntityInfo, gazetteer: Gazetteer): boolean {
  const place = e.name.replace(/ Customs$/, "");
  const known = gazetteer.lookup(place);
  if (known) return known.type === "Region" && (known.id.startsWith("region:CN-") || known.kind === "CITY");
  // demonyms ("Belgian", "Korean") name foreign customs
  return !/(an|ese|ish|ian|ch|i)$/.test(place);
}

/** The acting agency or country of a sentence. */
function actors(ctx: PolicyContext, s: PolicySentence, ms: Mention[]): { ids: string[]; end: number } {
  const { text } = ctx;
  const firstVerb = firstVerbAt(text, s);
  const subj = ms.filter((m) => !m.nested && (m.entity.type === "Agency" || m.entity.id === "country:CHN" || m.entity.type === "Country") && m.start < firstVerb);
  if (subj.length > 0) {
    const ids = [subj[0].entity.id];
    for (const m of subj.slice(1)) if (/^\s*(?:and|,|together with)\s*(?:the\s+)?$/.test(text.slice(subj[0].end, m.start)) || /^\s*and\s+(?:the\s+)?$/.test(text.slice(subj[subj.length - 2]?.end ?? 0, m.start))) ids.push(m.entity.id);
    return { ids, end: subj[subj.length - 1].end };
  }
  const head = text.slice(s.start, firstVerb);
  const agency = s.speaker ? ctx.speakerAgency.get(s.speaker) : undefined;
  if (WE.test(head) && agency) return { ids: [agency], end: s.start };
  if (SUBJECT_RE.test(head)) return { ids: ["agency:gacc"], end: s.start };
  return { ids: [], end: s.start };
}

function firstVerbAt(text: string, s: Range): number {
  const chunk = text.slice(s.start, s.end);
  let best = chunk.length;
  for (const re of [ISSUE_VERBS, ACT_VERBS, /\b(has|have|had|will|is|are|was|were)\b/g]) {
    re.lastIndex = 0;
    const m = re.exec(chunk);
    if (m && m.index < best) best = m.index;
  }
  return s.start + best;
}

function actorLinks(ctx: PolicyContext, s: PolicySentence, ms: Mention[], add: (a: string, p: Predicate, b: string) => void): void {
  const { text } = ctx;
  const who = actors(ctx, s, ms);
  const sentence = text.slice(s.start, s.end);
  if (who.ids.length >= 2 && JOINT.test(sentence)) {
    for (let i = 0; i < who.ids.length; i++) for (let j = i + 1; j < who.ids.length; j++) add(who.ids[i], "COOPERATES_WITH", who.ids[j]);
  }
  // "co-organized ... with the World Customs Organization", "collaborated with the Supreme People's Court"
  if (who.ids.length >= 1) {
    const joint = /\b(co-organized|co-organised|collaborated|cooperated|worked together|jointly|together)\b/i.exec(sentence);
    if (joint) {
      for (const m of ms) {
        if (m.nested || m.start < s.start + joint.index || (m.entity.type !== "Agency" && m.entity.type !== "Country") || who.ids.includes(m.entity.id)) continue;
        if (/\bwith\s+(?:the\s+)?$/.test(text.slice(Math.max(s.start, m.start - 10), m.start)) || /^\s*(?:and|,)\s*(?:the\s+)?$/.test(text.slice(ms[ms.indexOf(m) - 1]?.end ?? 0, m.start))) add(who.ids[0], "COOPERATES_WITH", m.entity.id);
      }
    }
  }
  if (who.ids.length === 0) return;
  for (const m of ms) {
    if (m.nested || m.start < who.end) continue;
    const before = text.slice(s.start, m.start);
    if (m.entity.type === "Measure") {
      const verb = lastVerb(before);
      if (!verb) continue;
      const pred: Predicate = ISSUE_VERBS.test(verb) ? "ISSUED" : "IMPLEMENTS";
      ISSUE_VERBS.lastIndex = 0;
      for (const id of who.ids) add(id, pred, m.entity.id);
    } else if ((m.entity.type === "Zone" || (m.entity.type === "Region" && m.entity.kind === "DOMESTIC_AREA")) && SUPPORT_VERBS.test(before.slice(-120))) {
      add(who.ids[0], "SUPPORTS", m.entity.id);
    }
  }
}

function lastVerb(before: string): string | null {
  let last: { i: number; w: string } | null = null;
  for (const re of [ISSUE_VERBS, ACT_VERBS]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) if (!last || m.index > last.i) last = { i: m.index, w: m[0] };
    re.lastIndex = 0;
  }
  return last?.w ?? null;
}

/** "green channel for fresh agricultural products", "measures ... in the Greater Bay Area" */
function appliesTo(ctx: PolicyContext, s: PolicySentence, ms: Mention[], add: (a: string, p: Predicate, b: string) => void): void {
  const { text } = ctx;
  for (const m of ms) {
    if (m.entity.type !== "Measure" || m.nested) continue;
    for (const t of ms) {
      const within = t.nested && t.start >= m.start && t.end <= m.end;
      if (within && t.entity.type !== "Agency") {
        if (t.entity.type === "Commodity" || t.entity.type === "Zone" || (t.entity.type === "Region" && t.entity.kind !== "CITY")) add(m.entity.id, "APPLIES_TO", t.entity.id);
        continue;
      }
      if (t.nested || t.start < m.end || t.start - m.end > 90) continue;
      const isTarget = t.entity.type === "Zone" || t.entity.type === "Commodity" || (t.entity.type === "Region" && t.entity.kind !== "CITY") || (t.entity.type === "Country" && t.entity.id !== "country:CHN");
      if (!isTarget) continue;
      const between = text.slice(m.end, t.start);
      if (/[.;]/.test(between)) continue;
      if (/\b(for|in|to|on|at|of|covering|targeting|applicable to|via|from)\s+(?:the\s+|key\s+|imported\s+|seven\s+categories\s+of\s+|[a-z]+\s+)?$/i.test(between) || /^\s*(?:\)\s*)?(?:for|in|to|on|at)\s/.test(between)) add(m.entity.id, "APPLIES_TO", t.entity.id);
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
    const { evidence, speaker, ...fields } = d;
    out.push({ id: stableId("pf:", fields), ...fields, evidence, speaker });
  }
  return out;
}
