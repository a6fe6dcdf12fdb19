/**
 * Reference-data dictionaries of named things, matched longest-first over word tokens.
 *
 * Why: entities must come from well-kept lists, not from hand-written lists of a document's
 * answers. Countries come from the i18n-iso-countries package (ISO 3166-1 names, alpha-2,
 * alpha-3, M49) plus a few common English variants; the rest from JSON files under data/, each
 * stating its source. Look-up is by normalised token sequence, so the cost is linear in the
 * text. All-capital acronyms ("US", "EU") match only as written; names that start with a
 * capital letter need a capital in the text ("Turkey", not "turkey").
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import agencyData from "../../data/agencies.json" with { type: "json" };
import cityData from "../../data/cn-cities.json" with { type: "json" };
import provinceData from "../../data/cn-provinces.json" with { type: "json" };
import commodityData from "../../data/commodities.json" with { type: "json" };
import countryAliasData from "../../data/country-aliases.json" with { type: "json" };
import measureData from "../../data/measures.json" with { type: "json" };
import regionData from "../../data/regions.json" with { type: "json" };
import zoneData from "../../data/zones.json" with { type: "json" };
import type { EntityCodes, EntityType } from "../core/contract.js";
import { slugify } from "./slug.js";
import { type Token, tokenize } from "./tokens.js";

countries.registerLocale(en);

export interface EntityInfo {
  id: string;
  type: EntityType;
  name: string;
  kind: string | null;
  codes: EntityCodes;
  /** province-level members (regions) or the province a city lies in */
  members?: string[];
  province?: string;
  /** for a zone category: the kind of its members */
  memberKind?: string;
}

interface Surface {
  entity: EntityInfo;
  /** exact token sequence required (acronyms) */
  exact: string | null;
  /** the first letter must be a capital in the text */
  capital: boolean;
}

export interface GazetteerMatch {
  entity: EntityInfo;
  start: number;
  end: number;
  surface: string;
}

export class Gazetteer {
  private readonly byKey = new Map<string, Surface[]>();
  private readonly maxLenByFirst = new Map<string, number>();
  /** every leading token sequence of every key, so a scan stops as soon as no name can follow */
  private readonly prefixes = new Set<string>();
  readonly entities = new Map<string, EntityInfo>();

  add(entity: EntityInfo, surface: string, caseSensitive = false): void {
    const existing = this.entities.get(entity.id);
    const info = existing ?? entity;
    if (!existing) this.entities.set(entity.id, entity);
    const toks = tokenize(surface);
    if (toks.length === 0) return;
    const key = toks.map((t) => t.norm).join(" ");
    const acronym = caseSensitive || /^[A-Z][A-Z0-9.&]{0,6}$/.test(surface.replace(/\s/g, ""));
    const s: Surface = {
      entity: info,
      exact: acronym ? toks.map((t) => t.raw).join(" ") : null,
      capital: /^[A-Z]/.test(surface),
    };
    const list = this.byKey.get(key);
    if (list) {
      if (!list.some((x) => x.entity.id === info.id && x.exact === s.exact)) list.push(s);
    } else this.byKey.set(key, [s]);
    const first = toks[0].norm;
    this.maxLenByFirst.set(first, Math.max(this.maxLenByFirst.get(first) ?? 0, toks.length));
    let prefix = "";
    for (const t of toks) {
      prefix = prefix ? `${prefix} ${t.norm}` : t.norm;
      this.prefixes.add(prefix);
    }
  }

  /** Longest matches, left to right, not overlapping. */
  match(text: string, tokens: Token[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      if (!this.maxLenByFirst.has(tokens[i].norm)) {
        i++;
        continue;
      }
      // extend while the token sequence is still the start of some name; keep the keys seen
      const keys: string[] = [];
      let key = tokens[i].norm;
      for (let n = 1; i + n <= tokens.length; n++) {
        if (n > 1) key = `${key} ${tokens[i + n - 1].norm}`;
        if (!this.prefixes.has(key)) break;
        keys.push(key);
      }
      let hit: GazetteerMatch | null = null;
      let used = 0;
      for (let n = keys.length; n >= 1 && !hit; n--) {
        const list = this.byKey.get(keys[n - 1]);
        if (!list) continue;
        const c0 = tokens[i].raw.charCodeAt(0);
        const capital = (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57);
        let raw: string | null = null;
        const s = list.find((x) => {
          if (!x.exact) return !x.capital || capital;
          raw ??= joinRaw(tokens, i, n);
          return x.exact === raw;
        });
        if (!s) continue;
        const end = tokens[i + n - 1].end;
        if (!wordBoundaries(text, tokens[i].start, end)) continue;
        // "paper-based", "steel-made": a product name inside a compound modifier is not a product
        if (s.entity.type === "Commodity" && /^-\p{L}/u.test(text.slice(end, end + 2))) continue;
        hit = {
          entity: s.entity,
          start: tokens[i].start,
          end,
          surface: text.slice(tokens[i].start, end),
        };
        used = n;
      }
      if (hit) {
        out.push(hit);
        i += used;
      } else i++;
    }
    return out;
  }

  lookup(surface: string): EntityInfo | undefined {
    const key = tokenize(surface)
      .map((t) => t.norm)
      .join(" ");
    return this.byKey.get(key)?.[0]?.entity;
  }
}

function joinRaw(tokens: Token[], i: number, n: number): string {
  let s = tokens[i].raw;
  for (let k = 1; k < n; k++) s += ` ${tokens[i + k].raw}`;
  return s;
}
/** A match must not end inside a word ("US" in "USB" is not the United States). */
function wordBoundaries(text: string, start: number, end: number): boolean {
  return !isWordAt(text, start - 1) && !isWordAt(text, end);
}
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(text[i]);
}

function countryEntity(alpha2: string): EntityInfo {
  const iso3 = countries.alpha2ToAlpha3(alpha2) ?? alpha2;
  const names = (countries.getName(alpha2, "en", { select: "all" }) ?? []) as string[];
  const name = names.find((n) => !/[,()]/.test(n) && n.length > 3) ?? names[0] ?? iso3;
  return {
    id: `country:${iso3}`,
    type: "Country",
    name: name === "United States of America" ? "United States" : name,
    kind: null,
    codes: { iso3, iso2: alpha2, m49: countries.alpha2ToNumeric(alpha2) ?? undefined },
  };
}

let cached: Gazetteer | null = null;

/** The reference gazetteer, built once per process. */
export function referenceGazetteer(): Gazetteer {
  if (cached) return cached;
  const g = new Gazetteer();
  const byIso3 = new Map<string, EntityInfo>();
  for (const alpha2 of Object.keys(countries.getAlpha2Codes())) {
    const e = countryEntity(alpha2);
    byIso3.set(e.codes.iso3 as string, e);
    for (const n of (countries.getName(alpha2, "en", { select: "all" }) ?? []) as string[])
      g.add(e, n);
  }
  const caseSensitiveCountry = new Set(countryAliasData.caseSensitive);
  for (const [iso3, aliases] of Object.entries(countryAliasData.aliases)) {
    const e = byIso3.get(iso3);
    if (!e) continue;
    for (const a of aliases) g.add(e, a, caseSensitiveCountry.has(a));
  }
  for (const d of provinceData.divisions) {
    const e: EntityInfo = {
      id: `region:${d.code}`,
      type: "Region",
      name: d.name,
      kind: d.kind,
      codes: { iso3166_2: d.code },
    };
    for (const n of [d.name, ...d.aliases]) g.add(e, n);
  }
  for (const c of cityData.cities) {
    const e: EntityInfo = {
      id: `region:${slugify(c.name)}`,
      type: "Region",
      name: c.name,
      kind: "CITY",
      codes: {},
      province: c.province,
    };
    g.add(e, c.name);
  }
  for (const r of regionData.regions) {
    const e: EntityInfo = {
      id: `region:${r.id}`,
      type: "Region",
      name: r.name,
      kind: r.kind,
      codes: {},
      members: r.members,
    };
    for (const n of [r.name, ...r.aliases]) g.add(e, n);
  }
  for (const z of zoneData.categories) {
    const e: EntityInfo = {
      id: `zone:${z.id}`,
      type: "Zone",
      name: z.name,
      kind: "ZONE_CATEGORY",
      codes: {},
      memberKind: z.memberKind,
    };
    for (const n of [z.name, ...z.aliases]) g.add(e, n);
  }
  const caseSensitiveCommodity = new Set(commodityData.caseSensitive);
  for (const c of commodityData.commodities) {
    const e: EntityInfo = {
      id: `commodity:${c.id}`,
      type: "Commodity",
      name: c.name,
      kind: c.kind,
      codes: c.hs ? { hs: c.hs } : {},
    };
    for (const n of [c.name, ...c.aliases]) g.add(e, n, caseSensitiveCommodity.has(n));
  }
  const caseSensitiveAgency = new Set(agencyData.caseSensitive);
  for (const a of agencyData.agencies) {
    const e: EntityInfo = {
      id: `agency:${a.id}`,
      type: "Agency",
      name: a.name,
      kind: a.kind,
      codes: {},
    };
    for (const n of [a.name, ...a.aliases]) g.add(e, n, caseSensitiveAgency.has(n));
  }
  const caseSensitiveMeasure = new Set(measureData.caseSensitive);
  for (const m of measureData.measures) {
    const e: EntityInfo = {
      id: `measure:${m.id}`,
      type: "Measure",
      name: m.name,
      kind: m.kind,
      codes: {},
    };
    for (const n of [m.name, ...m.aliases]) g.add(e, n, caseSensitiveMeasure.has(n));
  }
  cached = g;
  return g;
}

export const ZONE_SHAPES = zoneData.shapes;
