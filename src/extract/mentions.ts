/**
 * Every entity mention of a document: gazetteer matches, shape matches, defined acronyms.
 *
 * Why one pass: overlapping candidates must be settled once, the same way for entities,
 * trade facts and policy links (the longer name wins: "Belt and Road countries" over
 * "Belt and Road"). An acronym defined in brackets after a name ("... Express (PPCR)") names
 * that entity wherever it appears later. Names nested in an agency or measure title
 * ("Press Bureau of the State Council Information Office") are kept as mentions too, so the
 * parent body is known.
 */
import type { EntityInfo, Gazetteer } from "./gazetteer.js";
import type { Range } from "./sentences.js";
import {
  type Candidate,
  companies,
  customsOffices,
  nounPhraseMeasures,
  quotedMeasures,
  specialForms,
  titleCaseNames,
  zoneShapes,
} from "./shapes.js";
import { slugify } from "./slug.js";
import { tokenize } from "./tokens.js";

export interface Mention {
  start: number;
  end: number;
  surface: string;
  entity: EntityInfo;
  /** inside a longer mention */
  nested: boolean;
}

export interface ZoneLocation {
  zone: string;
  region: string;
  evidence: Range;
}

export interface MentionIndex {
  mentions: Mention[];
  /** zones listed with the province they lie in ("... zones in Yangling in Shaanxi province") */
  zoneLocations: ZoneLocation[];
}

export function findMentions(text: string, lines: Range[], gazetteer: Gazetteer): MentionIndex {
  const all: Mention[] = [];
  const zoneLocations: ZoneLocation[] = [];
  for (const line of lines.flatMap((l) => pieces(text, l))) {
    const toks = tokenize(text, line.start, line.end);
    const cands: Candidate[] = gazetteer
      .match(text, toks)
      .map((m) => ({ start: m.start, end: m.end, entity: m.entity, shape: false }));
    cands.push(
      ...zoneShapes(text, line.start, line.end),
      ...customsOffices(text, line.start, line.end),
      ...titleCaseNames(text, line.start, line.end),
      ...companies(text, line.start, line.end),
      ...specialForms(text, line.start, line.end),
      ...quotedMeasures(text, line.start, line.end),
      ...nounPhraseMeasures(text, line.start, line.end),
    );
    const chosen = settle(
      text,
      cands.filter((c) => !currencyWord(text, c)),
      gazetteer,
    );
    all.push(...listedZones(text, line, notEntities(text, line, chosen), gazetteer, zoneLocations));
  }
  return { mentions: addAcronyms(text, lines, all), zoneLocations };
}

// "BEIJING, Jan. 20 (Xinhua) --", "HAIKOU --": the place a report was filed from
const DATELINE_TAIL =
  /^\s*(?:,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?(?:\([^)]{1,30}\)\s*)?(?:--|\u2014|\u2013)/;
// "east China's Shandong": a direction before a province names where it is, not an area
const DIRECTION_AREA =
  /^(?:east|west|south|north|central|northeast|northwest|southeast|southwest)(?:ern)? China$/i;
const OUTLET = / News Agency$/;

/**
 * Names that are no entity of the document: a dateline's place (it only says where the report
 * was filed), a direction word before a province ("east China's Shandong": China and Shandong
 * are named, "east China" is not), a news outlet ("Xinhua News Agency").
 */
function notEntities(text: string, line: Range, ms: Mention[]): Mention[] {
  return ms.filter((m) => {
    if (
      text.slice(line.start, m.start).trim() === "" &&
      DATELINE_TAIL.test(text.slice(m.end, m.end + 40))
    )
      return false;
    if (DIRECTION_AREA.test(m.surface) && /^['\u2019]s\s+[A-Z]/.test(text.slice(m.end, m.end + 4)))
      return false;
    return !(m.entity.type === "Agency" && OUTLET.test(m.surface));
  });
}

/**
 * "U.S. dollars", "US$173 billion", "Hong Kong dollar": a country name that is part of a
 * currency's name mentions the money, not the country (it is no partner and no entity).
 */
function currencyWord(text: string, c: Candidate): boolean {
  if (c.entity.type !== "Country") return false;
  const after = text.slice(c.end, c.end + 10);
  return /^(?:\.?\s*\$|\.?\s+dollars?\b)/i.test(after);
}

/** Very long lines are read in pieces cut at sentence ends or spaces, so settling overlaps stays cheap. */
const PIECE = 4000;
function pieces(text: string, line: Range): Range[] {
  if (line.end - line.start <= PIECE) return [line];
  const out: Range[] = [];
  let start = line.start;
  while (line.end - start > PIECE) {
    let cut = text.lastIndexOf(". ", start + PIECE);
    if (cut <= start + PIECE / 2) cut = text.lastIndexOf(" ", start + PIECE);
    if (cut <= start) cut = start + PIECE;
    else cut++;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: line.end });
  return out;
}

function settle(text: string, cands: Candidate[], gazetteer: Gazetteer): Mention[] {
  // A shape candidate whose text is a known name becomes that known entity.
  for (const c of cands) {
    if (!c.shape) continue;
    // a quoted name with its head ('"zero-tariff" policy') is looked up without the quotes
    const known =
      gazetteer.lookup(text.slice(c.start, c.end)) ??
      (c.entity.type === "Measure" ? gazetteer.lookup(c.entity.name) : undefined);
    if (known) {
      c.entity = known;
      c.shape = false;
    }
  }
  cands.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || Number(a.shape) - Number(b.shape) || a.start - b.start,
  );
  const chosen: Mention[] = [];
  for (const c of cands) {
    const outer = chosen.find((m) => c.start < m.end && m.start < c.end);
    if (!outer) {
      chosen.push({
        start: c.start,
        end: c.end,
        surface: text.slice(c.start, c.end),
        entity: c.entity,
        nested: false,
      });
      continue;
    }
    // keep a known body nested in a title ("... of the State Council Information Office")
    const inside = c.start >= outer.start && c.end <= outer.end && !outer.nested;
    if (
      inside &&
      !c.shape &&
      c.entity.type !== "Measure" &&
      (outer.entity.type === "Agency" || outer.entity.type === "Measure") &&
      outer.entity.id !== c.entity.id
    ) {
      if (!chosen.some((m) => m.nested && m.start === c.start)) {
        chosen.push({
          start: c.start,
          end: c.end,
          surface: text.slice(c.start, c.end),
          entity: c.entity,
          nested: true,
        });
      }
    }
  }
  // "Department of Statistics and Analysis of the GACC": the unit is named without its parent
  for (const m of chosen) {
    if (m.nested || m.entity.type !== "Agency" || gazetteer.entities.has(m.entity.id)) continue;
    const parent = chosen.find((x) => x.nested && x.end === m.end && x.entity.type === "Agency");
    if (!parent) continue;
    const join = / (?:of|at|under) (?:the )?$/.exec(text.slice(m.start, parent.start));
    if (!join) continue;
    const unit = text.slice(m.start, m.start + join.index).replace(/&/g, "and");
    m.entity = { ...m.entity, id: `agency:${slugify(unit)}`, name: unit };
  }
  return chosen.sort((a, b) => a.start - b.start || Number(a.nested) - Number(b.nested));
}

/** "four new comprehensive bonded zones in Yangling in Shaanxi province, Xiangyang in ..." */
function listedZones(
  text: string,
  line: Range,
  chosen: Mention[],
  gazetteer: Gazetteer,
  out: ZoneLocation[],
): Mention[] {
  const result = [...chosen];
  for (const cat of chosen) {
    if (cat.entity.kind !== "ZONE_CATEGORY" || !cat.entity.memberKind) continue;
    if (
      !/\b(new|establish\w*|approved|set up|opened)\b/i.test(
        text.slice(Math.max(line.start, cat.start - 40), cat.start),
      )
    )
      continue;
    const rest = text.slice(cat.end, line.end);
    const m = /^ (?:in|at|including) ([^.;:]+)/.exec(rest);
    if (!m) continue;
    const itemsStart = cat.end + m[0].length - m[1].length;
    const singular = cat.entity.name.replace(/s$/, "");
    const re =
      /(?:^|, (?:and )?| and )([A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*)*)(?: in ((?:[A-Z][\p{L}'-]*)(?: [a-z]+)?))?/gu;
    const items = m[1];
    let count = 0;
    for (let it = re.exec(items); it; it = re.exec(items)) {
      const nameStart = itemsStart + it.index + it[0].indexOf(it[1]);
      const nameEnd = nameStart + it[1].length;
      const zone: EntityInfo = {
        id: `zone:${slugify(`${it[1]} ${singular}`)}`,
        type: "Zone",
        name: `${it[1]} ${singular}`,
        kind: cat.entity.memberKind,
        codes: {},
      };
      for (let i = result.length - 1; i >= 0; i--) {
        if (result[i].start >= nameStart && result[i].end <= nameEnd) result.splice(i, 1);
      }
      result.push({ start: nameStart, end: nameEnd, surface: it[1], entity: zone, nested: false });
      if (it[2]) {
        const region = gazetteer.lookup(it[2]) ?? gazetteer.lookup(it[2].split(" ")[0]);
        if (region && region.type === "Region")
          out.push({
            zone: zone.id,
            region: region.id,
            evidence: { start: cat.start, end: line.end },
          });
      }
      count++;
    }
    if (count === 0) continue;
  }
  return result.sort((a, b) => a.start - b.start);
}

/** Mentions lying inside `r` (binary search: mentions are sorted by start). */
export function mentionsWithin(
  mentions: readonly Mention[],
  r: Range,
  withNested = true,
): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < r.end; i++) {
    if (mentions[i].end <= r.end && (withNested || !mentions[i].nested)) out.push(mentions[i]);
  }
  return out;
}

function overlapsAny(sorted: Mention[], start: number, end: number): boolean {
  // a mention overlapping [start, end) starts before end; the longest names are short, so look back a little
  return mentionsWithin(sorted, { start: Math.max(0, start - 200), end }, true).some(
    (x) => x.start < end && start < x.end,
  );
}

const ACRONYM = /^ ?\(([A-Z][A-Za-z0-9&.-]{1,11})\)/;

function addAcronyms(text: string, lines: Range[], mentions: Mention[]): Mention[] {
  const defined = new Map<string, EntityInfo>();
  for (const m of mentions) {
    if (m.nested) continue;
    const a = ACRONYM.exec(text.slice(m.end, m.end + 16));
    if (!a || !/[A-Z]{2}/.test(a[1])) continue;
    if (!defined.has(a[1])) defined.set(a[1], m.entity);
  }
  if (defined.size === 0) return mentions;
  const out = [...mentions];
  const re = new RegExp(
    `\\b(${[...defined.keys()].map((k) => k.replace(/[.&]/g, "\\$&")).join("|")})\\b`,
    "g",
  );
  for (const line of lines) {
    const chunk = text.slice(line.start, line.end);
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      if (overlapsAny(mentions, start, end)) continue;
      out.push({
        start,
        end,
        surface: m[0],
        entity: defined.get(m[0]) as EntityInfo,
        nested: false,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
