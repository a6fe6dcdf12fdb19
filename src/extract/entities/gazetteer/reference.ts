/**
 * The reference gazetteer: every list of named things the project keeps, loaded once.
 *
 * Why these sources: countries come from the i18n-iso-countries package (ISO 3166-1 names,
 * alpha-2, alpha-3, M49) plus common English variants (`data/country-aliases.json`); the
 * rest from JSON files under data/, each stating its source: ISO 3166-2:CN divisions, cities,
 * blocs and areas, zone categories, commodities with HS codes, agencies, named measures.
 */
import { Inflectors } from "en-inflectors";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import agencyData from "../../../../data/agencies.json" with { type: "json" };
import cityData from "../../../../data/cn-cities.json" with { type: "json" };
import provinceData from "../../../../data/cn-provinces.json" with { type: "json" };
import commodityData from "../../../../data/commodities.json" with { type: "json" };
import countryAliasData from "../../../../data/country-aliases.json" with { type: "json" };
import measureData from "../../../../data/measures.json" with { type: "json" };
import regionData from "../../../../data/regions.json" with { type: "json" };
import zoneData from "../../../../data/zones.json" with { type: "json" };
import type { EntityType } from "../../../core/contract.js";
import { slugify } from "../../slug.js";
import type { EntityInfo } from "../types.js";
import { Gazetteer } from "./gazetteer.js";

countries.registerLocale(en);

let cached: Gazetteer | null = null;

/** The reference gazetteer, built once per process. */
export function referenceGazetteer(): Gazetteer {
  if (cached) return cached;
  const g = new Gazetteer();
  addCountries(g);
  addPlaces(g);
  addZoneCategories(g);
  addNamed(g, "Commodity", commodityData.commodities, commodityData.caseSensitive, {
    fixed: new Set(commodityData.fixedNumber),
  });
  addNamed(g, "Agency", agencyData.agencies, agencyData.caseSensitive);
  addNamed(g, "Measure", measureData.measures, measureData.caseSensitive);
  cached = g;
  return g;
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

/** ISO 3166-1 countries by every English name, then the common variants. */
function addCountries(g: Gazetteer): void {
  const byIso3 = new Map<string, EntityInfo>();
  for (const alpha2 of Object.keys(countries.getAlpha2Codes())) {
    const e = countryEntity(alpha2);
    byIso3.set(e.codes.iso3 as string, e);
    for (const n of (countries.getName(alpha2, "en", { select: "all" }) ?? []) as string[])
      g.add(e, n);
  }
  const caseSensitive = new Set(countryAliasData.caseSensitive);
  for (const [iso3, aliases] of Object.entries(countryAliasData.aliases)) {
    const e = byIso3.get(iso3);
    if (e) for (const a of aliases) g.add(e, a, caseSensitive.has(a));
  }
}

/** Provinces (ISO 3166-2:CN), cities with their province, and blocs and areas. */
function addPlaces(g: Gazetteer): void {
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
    const id = `region:${slugify(c.name)}`;
    g.add(
      { id, type: "Region", name: c.name, kind: "CITY", codes: {}, province: c.province },
      c.name,
    );
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
}

function addZoneCategories(g: Gazetteer): void {
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
}

interface Named {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  hs?: string;
}

/**
 * Commodities, agencies, measures: `{ id, name, kind, aliases, hs? }`, ids prefixed by type.
 * With `number`, each name is also known in its other number ("iron ores", "coppers",
 * "soybean"), except the names whose other number means something else ("papers").
 */
function addNamed(
  g: Gazetteer,
  type: EntityType,
  list: readonly Named[],
  caseSensitiveNames: readonly string[],
  number?: { fixed: ReadonlySet<string> },
): void {
  const caseSensitive = new Set(caseSensitiveNames);
  const prefix = type.toLowerCase();
  for (const x of list) {
    const e: EntityInfo = {
      id: `${prefix}:${x.id}`,
      type,
      name: x.name,
      kind: x.kind,
      codes: x.hs ? { hs: x.hs } : {},
    };
    for (const n of [x.name, ...x.aliases]) {
      g.add(e, n, caseSensitive.has(n));
      if (number && !caseSensitive.has(n) && !number.fixed.has(n)) {
        const other = otherNumber(n);
        if (other && !g.lookup(other)) g.add(e, other);
      }
    }
  }
}

/** The name with its last word in the other number: "iron ore" ↔ "iron ores" (none when the same). */
export function otherNumber(name: string): string | null {
  const words = name.split(" ");
  const last = words[words.length - 1];
  if (!/^[a-z]+$/.test(last)) return null;
  let other: string;
  if (/[^s]s$/.test(last)) other = singular(last);
  else {
    const plural = new Inflectors(last).toPlural();
    if (plural === last) return null;
    other = plural;
  }
  return [...words.slice(0, -1), other].join(" ");
}

function singular(w: string): string {
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|oes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** Province-level divisions by their short names ("Hainan", "Chongqing"): where a zone lies, never part of its name. */
export const PROVINCE_NAMES: ReadonlySet<string> = new Set(
  provinceData.divisions.map((d) => d.name),
);

/**
 * Zone names by their suffix ("... Free Trade Port"), with the kind of zone they name: the
 * listed shapes, and every category's name in the singular, in title case ("export processing
 * zones" → "... Export Processing Zone").
 */
export const ZONE_SHAPES: ReadonlyArray<{ suffix: string; kind: string }> = zoneShapes();

function zoneShapes(): Array<{ suffix: string; kind: string }> {
  const out = [...zoneData.shapes];
  for (const z of zoneData.categories) {
    for (const n of [z.name, ...z.aliases]) {
      if (!/^[a-z][a-z -]* (?:zones|parks|centers|centres|ports|areas)$/.test(n) || / for /.test(n))
        continue;
      const suffix = n
        .slice(0, -1)
        .split(" ")
        .map((w) => (w === "and" ? w : w[0].toUpperCase() + w.slice(1)))
        .join(" ");
      if (!out.some((x) => x.suffix === suffix)) out.push({ suffix, kind: z.memberKind });
    }
  }
  // longer suffixes first: "Bonded Port Zone" before "Port"
  return out.sort((a, b) => b.suffix.length - a.suffix.length);
}
