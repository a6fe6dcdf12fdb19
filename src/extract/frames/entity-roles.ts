/**
 * Which side of a trade an entity stands on: a reporter (China, a province, city, area or
 * zone, whose trade is measured), a partner (a foreign country or group), the goods, or none
 * (agencies and measures say who acts, not what is traded).
 *
 * Why by kind and not by position: in "trade between Xinjiang and Kazakhstan" and "Kazakhstan's
 * trade with Xinjiang" the reporter is Xinjiang either way; the gazetteer's kind says so.
 */
import type { EntityInfo } from "../entities/index.js";

export type EntityRole = "reporter" | "partner" | "commodity" | "none";

const DOMESTIC_REGION_KINDS = new Set(["PROVINCE", "MUNICIPALITY", "CITY", "DOMESTIC_AREA"]);
const FOREIGN_REGION_KINDS = new Set(["ECONOMIC_BLOC", "COUNTRY_GROUP", "WORLD_REGION"]);
export const CHINA = "country:CHN";

export function roleOf(info: EntityInfo | undefined): EntityRole {
  if (!info) return "none";
  switch (info.type) {
    case "Commodity":
      return "commodity";
    case "Zone":
      return "reporter";
    case "Country":
      return info.id === CHINA ? "reporter" : "partner";
    case "Region":
      if (DOMESTIC_REGION_KINDS.has(info.kind ?? "")) return "reporter";
      return FOREIGN_REGION_KINDS.has(info.kind ?? "") ? "partner" : "none";
    default:
      return "none";
  }
}
