/**
 * Named things no list holds, found by the shape of their names.
 *
 * Why: new zones, customs offices, laws, expos and programmes appear every year; their names
 * follow fixed English patterns ("X Customs", "the ... Law", "... Free Trade Zone",
 * "... Expo", a title-case "Action Plan of ..."), so the pattern is the reference. Quoted
 * phrases next to words such as "measures", "reform" or "model" are named measures
 * ("two-step declaration"). Every candidate carries its exact span.
 */
import type { EntityType } from "../core/contract.js";
import { type EntityInfo, ZONE_SHAPES } from "./gazetteer.js";
import { slugify } from "./slug.js";

export interface Candidate {
  start: number;
  end: number;
  entity: EntityInfo;
  /** from a shape rule (a gazetteer match of the same span wins) */
  shape: boolean;
}

const CAP = "[A-Z][\\p{L}\\p{N}'’&-]*";
const CONNECT = "(?:of|for|on|and|the|in|to|during|&)";
/** A title-case run: capitalised words joined by short connectors, ending in a capitalised word. */
const TITLE_RUN = new RegExp(
  `(?:\\d{1,2}(?:st|nd|rd|th) )?${CAP}(?: (?:${CONNECT} )*(?:\\d{1,2}(?:st|nd|rd|th) )?${CAP})*`,
  "gu",
);

const MEASURE_HEADS: Array<[RegExp, string]> = [
  [/\b(Law|Code)\b/, "LAW"],
  [
    /\b(Agreements?|Memorandum|Protocol|Treaty|Convention|Framework of Standards|Accord|Partnership Program)\b/,
    "AGREEMENT",
  ],
  [/\b(Expo|Fair|Exhibition|Conference|Forum|Summit)\b/, "EXPO"],
  [/\b(Initiative|Campaign)\b/, "INITIATIVE"],
  [/\b(Facilitation Measures|Notice|Clearance Notice)\b/, "FACILITATION"],
  [
    /\b(Plan|Measures|Program|Programme|Guidelines|Regulations|Provisions|Rules|Handbook|Catalogue|Catalog|Opinions|Strategy|Announcement|Report|Standards|Outline)\b/,
    "POLICY",
  ],
];
const AGENCY_HEADS =
  /\b(Department|Bureau|Ministry|Administration|Commission|Office|Committee|Council|Court|Procuratorate|Organization|Organisation|Bank|Agency|Fund|Secretariat|Authority)$/;
const COMPANY =
  /\b((?:[A-Z][\p{L}&-]*\s){1,4}(?:Group|Corporation|Corp\.|Co\., Ltd\.|Company|Holdings))\b/gu;
const DROP_FIRST =
  /^(The|In|At|For|From|By|Of|And|As|On|With|To|Since|During|Among|Under|Through|Meanwhile|Also|Our|This|These|That|Its|Their|Both|All|Such)\s+/;

function entity(type: EntityType, name: string, kind: string | null, prefix: string): EntityInfo {
  return { id: `${prefix}:${slugify(name)}`, type, name, kind, codes: {} };
}

const ZONE_RES = ZONE_SHAPES.map((shape) => ({
  shape,
  re: new RegExp(`((?:${CAP} ){1,6})${shape.suffix}\\b`, "gu"),
}));

/** Zones by suffix ("Hainan Free Trade Port", "Yantian Port"). */
export function zoneShapes(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const chunk = text.slice(from, to);
  for (const { shape, re } of ZONE_RES) {
    if (!chunk.includes(shape.suffix)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      let prefix = m[1];
      let offset = 0;
      for (let d = DROP_FIRST.exec(prefix); d; d = DROP_FIRST.exec(prefix)) {
        offset += d[0].length;
        prefix = prefix.slice(d[0].length);
      }
      if (!prefix.trim()) continue;
      const start = from + m.index + offset;
      const end = from + m.index + m[0].length;
      let name = text.slice(start, end);
      // "the Guangdong-Macao In-depth Cooperation Zone in Hengqin": the place belongs to the name
      const tail = /^ in ([A-Z][a-z]+)\b/.exec(text.slice(end, to));
      let realEnd = end;
      if (tail && shape.kind === "COOPERATION_ZONE") {
        realEnd = end + tail[0].length;
        name = text.slice(start, realEnd);
      }
      out.push({
        start,
        end: realEnd,
        entity: entity("Zone", name, shape.kind, "zone"),
        shape: true,
      });
    }
  }
  // "China (Zhejiang) Pilot Free Trade Zone": the official form puts the place in brackets;
  // it is the same zone as "Zhejiang Pilot Free Trade Zone", so it gets that name and id
  if (chunk.includes("China (")) {
    FORMAL_ZONE.lastIndex = 0;
    for (let m = FORMAL_ZONE.exec(chunk); m; m = FORMAL_ZONE.exec(chunk)) {
      const shape = ZONE_SHAPES.find((z) => z.suffix === m?.[2]);
      if (!shape) continue;
      out.push({
        start: from + m.index,
        end: from + m.index + m[0].length,
        entity: entity("Zone", `${m[1]} ${m[2]}`, shape.kind, "zone"),
        shape: true,
      });
    }
  }
  return out;
}
const FORMAL_ZONE = new RegExp(
  `\\bChina \\(([A-Z][\\w-]*(?: [A-Z][\\w-]*)?)\\) (${ZONE_SHAPES.map((z) => z.suffix).join("|")})\\b`,
  "g",
);

/** "Shenzhen Customs", "Belgian Customs": customs offices. */
export function customsOffices(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  if (!/ [Cc]ustoms/.test(text.slice(from, to))) return out;
  const re = /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) [Cc]ustoms\b/g;
  const chunk = text.slice(from, to);
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    let place = m[1];
    let offset = 0;
    const d = DROP_FIRST.exec(`${place} `);
    if (d) {
      if (d[0].trim() === place) continue;
      offset = d[0].length;
      place = place.slice(d[0].length);
    }
    if (
      /^(China|Chinese|General|National|Local|Smart|Overseas|Foreign|Relevant|Many|Some|Other|Customs)$/.test(
        place,
      )
    )
      continue;
    const start = from + m.index + offset;
    const end = from + m.index + m[0].length;
    const name = `${place} Customs`;
    out.push({
      start,
      end,
      entity: entity("Agency", name, "CUSTOMS_OFFICE", "agency"),
      shape: true,
    });
  }
  return out;
}

/** Title-case names of measures, laws, expos and agencies. */
export function titleCaseNames(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const chunk = text.slice(from, to);
  TITLE_RUN.lastIndex = 0;
  for (let m = TITLE_RUN.exec(chunk); m; m = TITLE_RUN.exec(chunk)) {
    let run = m[0];
    let offset = 0;
    for (let d = DROP_FIRST.exec(run); d; d = DROP_FIRST.exec(run)) {
      offset += d[0].length;
      run = run.slice(d[0].length);
    }
    // "X and the Y" names two things
    const andThe = run.search(/ and the /);
    if (andThe > 0) {
      TITLE_RUN.lastIndex = m.index + offset + andThe + 5;
      run = run.slice(0, andThe);
    }
    // "the Ministry of Commerce on Monday unveiled": a weekday or month after "on"/"in" dates
    // the act, it is not part of the name
    const dated = run.search(
      / (?:on|in) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/,
    );
    if (dated > 0) run = run.slice(0, dated);
    // trailing connectors are not part of a name
    run = run.replace(/(?: (?:of|for|on|and|the|in|to|during|with|between|&))+$/, "");
    const words = run.split(" ");
    if (words.length < 2) continue;
    const start = from + m.index + offset;
    const end = start + run.length;
    const kind = MEASURE_HEADS.find(([re]) => re.test(run))?.[1];
    if (
      AGENCY_HEADS.test(
        words
          .slice(0, 3)
          .join(" ")
          .replace(/ of.*$/, ""),
      ) &&
      /^(Department|Bureau|Ministry|Office|Press Bureau|Commission|Administration)\b|^\w+ (Bureau|Department|Office)\b/.test(
        run,
      )
    ) {
      // "Department of Statistics and Analysis of the General Administration of Customs":
      // the unit is named without its parent, the full form stays its surface
      const unit = run;
      out.push({ start, end, entity: entity("Agency", unit, "GOVERNMENT", "agency"), shape: true });
      continue;
    }
    if (kind) {
      out.push({ start, end, entity: entity("Measure", run, kind, "measure"), shape: true });
      continue;
    }
    if (AGENCY_HEADS.test(run)) {
      // "20th CPC Central Committee" is the CPC Central Committee
      const ord = /^\d{1,2}(?:st|nd|rd|th) /.exec(run);
      const s2 = ord ? start + ord[0].length : start;
      out.push({
        start: s2,
        end,
        entity: entity("Agency", run.slice(s2 - start), "GOVERNMENT", "agency"),
        shape: true,
      });
    }
  }
  return out;
}

/** "China Railway Group": companies acting in the text. */
export function companies(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const chunk = text.slice(from, to);
  if (!/Group|Corp|Co\.|Company|Holdings/.test(chunk)) return out;
  COMPANY.lastIndex = 0;
  for (let m = COMPANY.exec(chunk); m; m = COMPANY.exec(chunk)) {
    let name = m[1];
    let offset = 0;
    const d = DROP_FIRST.exec(name);
    if (d) {
      offset = d[0].length;
      name = name.slice(offset);
    }
    if (name.split(" ").length < 2) continue;
    const start = from + m.index + offset;
    out.push({
      start,
      end: start + name.length,
      entity: entity("Agency", name, "COMPANY", "agency"),
      shape: true,
    });
  }
  return out;
}

/** "the 14th Five-Year Plan", "announcement (No.47 [2021])", "X, a land port". */
export function specialForms(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const chunk = text.slice(from, to);
  if (!/Five-Year|nnouncement| port\b|\bPort of /.test(chunk)) return out;
  const plan = /\b(\d{1,2})(?:st|nd|rd|th) Five-Year Plan\b/g;
  for (let m = plan.exec(chunk); m; m = plan.exec(chunk)) {
    const s = from + m.index;
    out.push({
      start: s,
      end: s + m[0].length,
      entity: entity("Measure", m[0], "POLICY", "measure"),
      shape: true,
    });
  }
  const ann = /\b[Aa]nnouncement \(?No\. ?\d+ ?\[\d{4}\]\)?/g;
  for (let m = ann.exec(chunk); m; m = ann.exec(chunk)) {
    const s = from + m.index;
    const num = /No\. ?(\d+) ?\[(\d{4})\]/.exec(m[0]);
    const e = entity("Measure", `announcement No. ${num?.[1]} [${num?.[2]}]`, "POLICY", "measure");
    out.push({ start: s, end: s + m[0].length, entity: e, shape: true });
  }
  const port =
    /\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+), an? (?:land |sea |river |air |border )?port\b/g;
  for (let m = port.exec(chunk); m; m = port.exec(chunk)) {
    let name = m[1];
    let offset = 0;
    const d = DROP_FIRST.exec(name);
    if (d) {
      offset = d[0].length;
      name = name.slice(offset);
    }
    const s = from + m.index + offset;
    out.push({
      start: s,
      end: s + name.length,
      entity: entity("Zone", name, "PORT", "zone"),
      shape: true,
    });
  }
  // "the Port of Shanghai": a port named with "of" (the "X Port" form is a zone suffix); a
  // measure "at the Port of X" applies to the port, not to the whole province or city
  const portOf = /\bPort of ((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+)?)\b/g;
  for (let m = portOf.exec(chunk); m; m = portOf.exec(chunk)) {
    const s = from + m.index;
    out.push({
      start: s,
      end: s + m[0].length,
      entity: entity("Zone", m[0], "PORT", "zone"),
      shape: true,
    });
  }
  return out;
}

const QUOTE = /["\u201c]([^"\u201c\u201d\n]{3,80}?)["\u201d]/g;
const BEFORE_MEASURE =
  /\b(measures?|reforms?|model|mechanisms?|approach|polic(?:y|ies)|facilitation|initiatives?|introduced|launched|implemented|established|promoted|such as|reform of|pilot\w*|mode)\W+(?:[\w-]+\W+){0,3}$/i;
const AFTER_MEASURE =
  /^\W{0,2}\s*(model|mechanism|policy|system|approach|mode|reform|initiative|program|programme|measures?)\b/;

// Why: in '"zero-tariff" policy' or '"processing and value-adding" tax exemption policy' the
// words after the quote are part of the name; read apart, the head would become a second,
// generic measure ("tax exemptions")
const HEAD_AFTER =
  /^["\u201d]\s+((?:[a-z-]+\s+){0,2}(?:policy|policies|mechanism|programme|program|scheme))\b/;

/** Quoted phrases that name a measure. */
export function quotedMeasures(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const chunk = text.slice(from, to);
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(chunk); m; m = QUOTE.exec(chunk)) {
    const inner = m[1].replace(/[\s,.;:!?]+$/, "");
    const words = inner.split(/\s+/);
    const head = HEAD_AFTER.exec(chunk.slice(m.index + 1 + m[1].length));
    // one quoted word names a measure only with its head: '"zero-tariff" policy'
    if ((words.length < 2 && !head) || words.length > 12 || /[?!]/.test(inner)) continue;
    if (/^[A-Z]/.test(inner) && words.length > 4) continue;
    const before = chunk.slice(Math.max(0, m.index - 60), m.index);
    const after = chunk.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // a head noun after the quote ('"one-stop" clearance mechanism') marks a measure by itself
    if (!head && !BEFORE_MEASURE.test(before) && !AFTER_MEASURE.test(after)) continue;
    if (head) {
      const end = from + m.index + 1 + m[1].length + head[0].length;
      const name = `${inner} ${head[1].replace(/\s+/g, " ")}`;
      const kind = /polic/.test(head[1]) ? "POLICY" : "FACILITATION";
      out.push({
        start: from + m.index,
        end,
        entity: entity("Measure", name, kind, "measure"),
        shape: true,
      });
      continue;
    }
    const start = from + m.index + 1;
    out.push({
      start,
      end: start + inner.length,
      entity: entity("Measure", inner, "FACILITATION", "measure"),
      shape: true,
    });
  }
  return out;
}

const NP_TRIGGER =
  /\b(?:implement(?:ed|ing|s)?|promot(?:ed|ing|e|es)|carr(?:ied|y|ying) out|launch(?:ed|ing)?|introduc(?:ed|ing|e)|roll(?:ed|ing)? out|establish(?:ed|ing)?|set up|issu(?:ed|ing|e)|releas(?:ed|ing|e)|unveil(?:ed|ing|s)?|adopt(?:ed|ing)?|conduct(?:ed|ing)?|pilot(?:ed|ing)|advanc(?:ed|ing|e)|innovat(?:ed|ing|e)|propos(?:ed|ing|e)|design(?:ed)?|build|built|push(?:ed)? forward|made|ensure|draft(?:ed)?|develop(?:ed|ing)?|appl(?:ied|ying)|deploy(?:ed|ing)?|formed|participated in|such as|aligned with|adjustments to|focus(?:ed)? on|concentrated on)\s+/g;
const NP_SKIP =
  /^(?:(?:an array of|a series of|a number of|a set of|series of|array of|the|a|an|our|its|their|various|more|all|further|continued|healthy|comprehensive|solid|actively|vigorously|to|(?:and|or) (?:\w+ed|improve|optimize|expand|strengthen|promote|implement|apply|upgrade|enhance|build))\s+|(?:construction|implementation|development|establishment|building|application|innovation and upgrading|launch|reform) of\s+)+/i;
const NP_HEAD =
  /\b(measures?|reforms?|plans?|polic(?:y|ies)|systems?|mechanisms?|models?|programs?|programmes?|pilots?|projects?|initiatives?|campaigns?|actions?|platforms?|lists?|catalogs?|catalogues?|approach(?:es)?|framework|strateg(?:y|ies)|inspections?|declarations?|trials?|negotiations|monitoring|rectification|supervision|testing|packages|mode)\b/i;
const NP_STOP =
  /[,;:.()"\u201c\u201d]|\s(?:and|to|by|with|that|which|featuring|where|while|so|as|this|these|from|at|in|in order|across|through|into|since|before|after|based|is|are|was|were|has|have|will|can|such|for a|for the whole|for \w+ consecutive|related|among|between)\s/;
const GERUND_VERBS =
  /^(deepening|advancing|improving|building|promoting|strengthening|optimizing|enhancing|expanding|implementing|developing|establishing|supporting|ensuring|facilitating|boosting|creating|making|taking|conducting)$/i;
const VAGUE =
  /^(effective|innovative|sound|suitable|high-quality|better|more|relevant|various|practical|specific|major|important|key|strong|holistic|targeted|favorable|these|this|those|such|such a|certain|other|same|similar|first|whole)$/i;

/** Measures named by a descriptive noun phrase after a verb of acting: "implemented the action plan for ...". */
export function nounPhraseMeasures(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const chunk = text.slice(from, to);
  NP_TRIGGER.lastIndex = 0;
  for (let m = NP_TRIGGER.exec(chunk); m; m = NP_TRIGGER.exec(chunk)) {
    let i = m.index + m[0].length;
    const skip = NP_SKIP.exec(chunk.slice(i));
    if (skip) i += skip[0].length;
    const rest = chunk.slice(i, i + 200);
    let end = rest.length;
    // extend over "and" + gerund ("cleaning up and regulating") and "to" + verb after a plural head
    let cursor = 0;
    for (;;) {
      const stop = NP_STOP.exec(rest.slice(cursor));
      if (!stop) break;
      const at = cursor + stop.index;
      const after = rest.slice(at);
      const sofar = rest.slice(0, at);
      if (
        (/^\s(and|or)\s+\w+ing\s+(?!\w*(?:inspections?|measures?|monitoring|systems?|models?)\b)/.test(
          after,
        ) &&
          !/^\s(and|or)\s+\w+ing\s+\w+ing\b/.test(after)) ||
        (/^\sand\s+[A-Z]/.test(after) && /[A-Z][\w-]*$/.test(sofar)) ||
        (/^\sto\s+(?:\w+ly\s+)?(?:ensure|stabilize|stabilise|promote|facilitate|boost|expand|support|prevent|deepen|improve|strengthen|increase|optimize|address|enhance|reduce|ease)\b/.test(
          after,
        ) &&
          /\b(measures|policies|initiatives?|campaigns?|programs?|plan)$/.test(sofar))
      ) {
        cursor = at + 1;
        continue;
      }
      end = at;
      break;
    }
    // "16 measures to promote the stable scale and optimal structure of foreign trade": a
    // package named by its purpose runs to the end of the clause, "and" included
    const purpose = /^\d+\s+(?:[a-z-]+\s+)?measures\s+to\s+[a-z]+\b[^,;:.()"\u201c\u201d]*/.exec(
      rest,
    );
    if (purpose) end = purpose[0].length;
    const np = rest
      .slice(0, end)
      .replace(/\s+$/, "")
      .replace(/(?:\s+(?:of|for|on|in|to|and|or|the|against|via))+$/, "");
    const words = np.split(/\s+/);
    // the head noun is the last word before the first preposition
    const pre = np
      .split(/\s(?:of|for|on|against|via|to|into|at|over|under|toward|towards)\s/)[0]
      .split(/\s+/);
    const head = pre[pre.length - 1] ?? "";
    if (
      words.length < 2 ||
      words.length > 14 ||
      !NP_HEAD.test(head) ||
      NP_HEAD.exec(head)?.[0] !== head
    )
      continue;
    if (
      GERUND_VERBS.test(words[0]) ||
      VAGUE.test(words[0]) ||
      /^(?:of|for|on|in|to|and|or)$/i.test(words[0])
    )
      continue;
    // "59 measures": a count of unnamed things; "17 convenient measures for ..." names them
    if (/^\d+$/.test(words[0]) && (!/s$/.test(head) || words.length < 3)) continue;
    if (pre.length === 1 && words.length < 3) continue;
    if (/^(?:[A-Z][a-z]+|[a-z]+ly)$/.test(words[0]) && !/^(?:Smart|WeChat)$/.test(words[0]))
      continue;
    if (/\b(we|our|us|they|it|you|I)\b/.test(np)) continue;
    const start = from + i;
    const h = head.toLowerCase();
    const kind = /reform/.test(h)
      ? "REFORM"
      : /initiative|campaign|project|action/.test(h)
        ? "INITIATIVE"
        : /inspection|declaration|platform|testing|mode/.test(h)
          ? "FACILITATION"
          : "POLICY";
    out.push({
      start,
      end: start + np.length,
      entity: entity("Measure", np, kind, "measure"),
      shape: true,
    });
  }
  return out;
}
