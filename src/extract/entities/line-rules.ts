/**
 * The readings of a settled line, in order: names that are no entity are dropped first, then
 * names revealed by the mentions around them are added.
 */
import { goodsExamples } from "./goods-examples.js";
import { listedZones } from "./listed-zones.js";
import {
  compassArea,
  currencyCountry,
  datelinePlace,
  genericName,
  newsOutlet,
} from "./not-entities.js";
import { personName } from "./person-names.js";
import { tradeMeasure } from "./trade-measures.js";
import type { LineRule } from "./types.js";
import { unitNames } from "./units.js";
import { zoneInPlace } from "./zone-in-place.js";

export const LINE_RULES: readonly LineRule[] = [
  currencyCountry,
  datelinePlace,
  compassArea,
  newsOutlet,
  personName,
  genericName,
  unitNames,
  listedZones,
  zoneInPlace,
  goodsExamples,
  tradeMeasure,
];
