/**
 * Mentions → the contract's Entity list: one entry per id, with the surface forms and spans.
 *
 * Why separate: the same entity is named many ways in one document ("the U.S.", "US"); the
 * contract lists it once with every alias seen, in order of first mention.
 */
import type { Entity } from "../core/contract.js";
import type { EntityInfo } from "./gazetteer.js";
import type { Mention } from "./mentions.js";

export function buildEntities(mentions: Mention[], extra: EntityInfo[] = []): Entity[] {
  const byId = new Map<string, Entity>();
  for (const m of mentions) {
    let e = byId.get(m.entity.id);
    if (!e) {
      e = {
        id: m.entity.id,
        type: m.entity.type,
        name: m.entity.name,
        kind: m.entity.kind,
        codes: cleanCodes(m.entity.codes),
        aliases: [],
        mentions: [],
      };
      byId.set(e.id, e);
    }
    const alias = m.surface.replace(/\s+/g, " ");
    if (!e.aliases.includes(alias)) e.aliases.push(alias);
    e.mentions.push({ start: m.start, end: m.end });
  }
  for (const x of extra) {
    if (!byId.has(x.id))
      byId.set(x.id, {
        id: x.id,
        type: x.type,
        name: x.name,
        kind: x.kind,
        codes: cleanCodes(x.codes),
        aliases: [],
        mentions: [],
      });
  }
  return [...byId.values()];
}

function cleanCodes(codes: EntityInfo["codes"]): Entity["codes"] {
  const out: Entity["codes"] = {};
  for (const [k, v] of Object.entries(codes)) if (v) out[k as keyof Entity["codes"]] = v;
  return out;
}
