/**
 * One zone named by its category and its place: "the PFTZ in Guangdong", "the comprehensive
 * bonded zone in Hefei" name "Guangdong Pilot Free Trade Zone", "Hefei Comprehensive Bonded
 * Zone".
 *
 * Why: a category in the singular with "the" and a place after "in" points at the one zone
 * of that category there; in the plural ("pilot free trade zones in Guangdong") it does not.
 */
import { slugify } from "../slug.js";
import type { EntityInfo, LineReading, LineRule, Mention } from "./types.js";

const IN = /^ in $/;

function titleCase(name: string): string {
  return name
    .split(" ")
    .map((w) => (w === "and" || w === "for" ? w : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
}

function zoneAt(r: LineReading, cat: Mention): Mention | null {
  const { text } = r;
  if (cat.entity.kind !== "ZONE_CATEGORY" || !cat.entity.memberKind || /s$/.test(cat.surface))
    return null;
  if (!/\bthe\s+$/i.test(text.slice(Math.max(r.line.start, cat.start - 5), cat.start))) return null;
  const place = r.mentions.find(
    (m) =>
      !m.nested &&
      m.entity.type === "Region" &&
      m.start > cat.end &&
      IN.test(text.slice(cat.end, m.start)),
  );
  if (!place) return null;
  const name = `${place.entity.name} ${titleCase(cat.entity.name.replace(/s$/, ""))}`;
  const zone: EntityInfo = {
    id: `zone:${slugify(name)}`,
    type: "Zone",
    name,
    kind: cat.entity.memberKind,
    codes: {},
  };
  const surface = text.slice(cat.start, place.end);
  return {
    start: cat.start,
    end: place.end,
    surface,
    entity: zone,
    nested: false,
    source: "zone-in-place",
  };
}

export const zoneInPlace: LineRule = {
  name: "zone-in-place",
  apply(r) {
    const zones: Mention[] = [];
    for (const m of r.mentions) {
      const z = zoneAt(r, m);
      if (z) zones.push(z);
    }
    if (zones.length === 0) return r.mentions;
    // the category and the place stay as mentions nested in the zone's name
    const inZone = (m: Mention) => zones.some((z) => m.start >= z.start && m.end <= z.end);
    const kept = r.mentions.map((m) => (inZone(m) ? { ...m, nested: true } : m));
    return [...kept, ...zones].sort(
      (a, b) => a.start - b.start || Number(a.nested) - Number(b.nested),
    );
  },
  examples: [
    {
      in: "For instance, the PFTZ in Guangdong allows paperless declaration.",
      find: "PFTZ in Guangdong",
      type: "Zone",
      id: "zone:guangdong-pilot-free-trade-zone",
    },
    {
      in: "Trade of the comprehensive bonded zone in Hefei rose.",
      find: "comprehensive bonded zone in Hefei",
      type: "Zone",
      id: "zone:hefei-comprehensive-bonded-zone",
    },
  ],
  counterExamples: [
    { in: "The pilot free trade zones in Guangdong grew.", not: "zones in Guangdong" },
  ],
};
