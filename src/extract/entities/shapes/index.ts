/**
 * The shape rules, in one list: each finds names no reference list holds, by their shape.
 * Order does not matter: overlaps are settled once, in `settle.ts` (longest, then known
 * names, then earliest).
 */
import type { ShapeRule } from "../types.js";
import { company } from "./companies.js";
import { customsOffice } from "./customs-offices.js";
import { goodsAdjective } from "./goods-adjectives.js";
import { goodsPhrase } from "./goods-phrases.js";
import { nounPhraseMeasure } from "./noun-phrase-measures.js";
import { numberedMeasure } from "./numbered-measures.js";
import { port } from "./ports.js";
import { quotedMeasure } from "./quoted-measures.js";
import { titleName } from "./title-names.js";
import { zoneSuffix } from "./zones.js";

export const SHAPE_RULES: readonly ShapeRule[] = [
  zoneSuffix,
  customsOffice,
  titleName,
  company,
  numberedMeasure,
  port,
  quotedMeasure,
  nounPhraseMeasure,
  goodsPhrase,
  goodsAdjective,
];
