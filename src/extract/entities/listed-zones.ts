/**
 * Zones listed after their category: "four new comprehensive bonded zones in Yangling in
 * Shaanxi province, Xiangyang in Hubei province and ..." names "Yangling Comprehensive Bonded
 * Zone" and the others, each in its province.
 *
 * Why: an approval names the new zones by their place only; the category before the list is
 * what makes each place a zone (and the place after "in" where it lies).
 */
import { slugify } from "../slug.js";
import type { EntityInfo, LineReading, LineRule, Mention, ZoneLocation } from "./types.js";
import { alternation, SHAPES } from "./vocabulary.js";

const OPENED = new RegExp(`\\b${alternation(SHAPES.zoneLists.openingWords)}\\b`, "i");
const ITEM =
  /(?:^|, (?:and )?| and )([A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*)*)(?: in ((?:[A-Z][\p{L}'-]*)(?: [a-z]+)?))?/gu;

/** The zones of one category mention, with where they lie; none when no list follows. */
function zonesAfter(r: LineReading, cat: Mention): { zones: Mention[]; at: ZoneLocation[] } {
  const { text, line } = r;
  const zones: Mention[] = [];
  const at: ZoneLocation[] = [];
  if (
    !cat.entity.memberKind ||
    !OPENED.test(text.slice(Math.max(line.start, cat.start - 40), cat.start))
  )
    return { zones, at };
  const m = /^ (?:in|at|including) ([^.;:]+)/.exec(text.slice(cat.end, line.end));
  if (!m) return { zones, at };
  const itemsStart = cat.end + m[0].length - m[1].length;
  const singular = cat.entity.name.replace(/s$/, "");
  ITEM.lastIndex = 0;
  for (let it = ITEM.exec(m[1]); it; it = ITEM.exec(m[1])) {
    const start = itemsStart + it.index + it[0].indexOf(it[1]);
    const name = `${it[1]} ${singular}`;
    const zone: EntityInfo = {
      id: `zone:${slugify(name)}`,
      type: "Zone",
      name,
      kind: cat.entity.memberKind,
      codes: {},
    };
    zones.push({
      start,
      end: start + it[1].length,
      surface: it[1],
      entity: zone,
      nested: false,
      source: "listed-zone",
    });
    const region = it[2] ? (r.lookup(it[2]) ?? r.lookup(it[2].split(" ")[0])) : undefined;
    if (region?.type === "Region")
      at.push({ zone: zone.id, region: region.id, evidence: { start: cat.start, end: line.end } });
  }
  return { zones, at };
}

export const listedZones: LineRule = {
  name: "listed-zone",
  apply(r) {
    let result = [...r.mentions];
    for (const cat of r.mentions) {
      if (cat.entity.kind !== "ZONE_CATEGORY") continue;
      const { zones, at } = zonesAfter(r, cat);
      for (const z of zones) result = result.filter((x) => x.start < z.start || x.end > z.end);
      result.push(...zones);
      r.zoneLocations?.push(...at);
    }
    return result.sort((a, b) => a.start - b.start);
  },
  examples: [
    {
      in: "The State Council approved four new comprehensive bonded zones in Yangling in Shaanxi province and Xiangyang in Hubei province.",
      find: "Yangling",
      type: "Zone",
      id: "zone:yangling-comprehensive-bonded-zone",
    },
  ],
  counterExamples: [
    { in: "Trade of comprehensive bonded zones in Shaanxi province rose.", not: "Shaanxi" },
  ],
};
