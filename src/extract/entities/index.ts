/**
 * Entities of a document, in layers (each its own module, each rule with its examples):
 *
 * | layer | module | job |
 * |---|---|---|
 * | reference names | `gazetteer/` | lists of countries, divisions, cities, blocs, zones, goods, bodies, measures (data/*.json), matched longest-first over tokens |
 * | shapes | `shapes/` | names no list holds, by their shape: zone suffixes, "X Customs", title-case titles by head noun, companies, numbered plans, ports, quoted and noun-phrase measures |
 * | settling | `settle.ts` | one list of mentions: longest wins, known names over shapes, bodies nested in titles kept |
 * | line readings | `line-rules.ts` | names that are no entity (datelines, compass words, outlets, currencies) dropped; zones listed after their category added |
 * | document | `acronyms.ts`, `mentions.ts` | acronyms defined in brackets, the pipeline over a document's lines |
 * | contract | `build.ts` | one Entity per id with its aliases and spans |
 */
export { addAcronyms } from "./acronyms.js";
export { buildEntities } from "./build.js";
export { documentMentions } from "./document.js";
export { Gazetteer, type GazetteerMatch } from "./gazetteer/gazetteer.js";
export { referenceGazetteer, ZONE_SHAPES } from "./gazetteer/reference.js";
export { mentionsWithin } from "./mention-index.js";
export { findMentions } from "./mentions.js";
export type {
  Candidate,
  EntityInfo,
  LineRule,
  Mention,
  MentionIndex,
  ShapeRule,
  ZoneLocation,
} from "./types.js";
