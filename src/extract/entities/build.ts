/**
 * Mentions → the contract's Entity list: one entry per id, with the surface forms and spans.
 *
 * Why separate: the same entity is named many ways in one document ("the U.S.", "US"); the
 * contract lists it once with every alias seen, in order of first mention.
 */
import type { Entity } from "../../core/contract.js";
import type { EntityInfo, Mention } from "./types.js";

/**
 * A place named only inside a customs office's or a company's name ("Manzhouli Customs",
 * "Beijing Customs District of China", "Hefei Nexchip Semiconductor Corporation") is no entity
 * of the document (the body is named after its seat): the
 * mention stays for the other layers, the list leaves it out unless the place is named on its
 * own or a fact uses it (`extra`). A place in another body's, a measure's or a zone's name
 * ("Kenya Revenue Authority", "15th BRICS Summit", "the PFTZ in Guangdong") is listed.
 */
function placeInSeatName(m: Mention, all: readonly Mention[]): boolean {
  if (!m.nested || (m.entity.type !== "Country" && m.entity.type !== "Region")) return false;
  const outer = all.find((x) => !x.nested && x.start <= m.start && x.end >= m.end);
  return outer?.entity.kind === "CUSTOMS_OFFICE" || outer?.entity.kind === "COMPANY";
}

export function buildEntities(mentions: Mention[], extra: EntityInfo[] = []): Entity[] {
  const byId = new Map<string, Entity>();
  for (const m of mentions.filter((x) => !placeInSeatName(x, mentions))) {
    let e = byId.get(m.entity.id);
    if (!e) {
      e = listed(m.entity);
      byId.set(e.id, e);
    }
    const alias = m.surface.replace(/\s+/g, " ");
    if (!e.aliases.includes(alias)) e.aliases.push(alias);
    e.mentions.push({ start: m.start, end: m.end });
  }
  for (const x of extra) if (!byId.has(x.id)) byId.set(x.id, listed(x));
  return [...byId.values()];
}

function listed(x: EntityInfo): Entity {
  return {
    id: x.id,
    type: x.type,
    name: x.name,
    kind: x.kind,
    codes: cleanCodes(x.codes),
    aliases: [],
    mentions: [],
  };
}

function cleanCodes(codes: EntityInfo["codes"]): Entity["codes"] {
  const out: Entity["codes"] = {};
  for (const [k, v] of Object.entries(codes)) if (v) out[k as keyof Entity["codes"]] = v;
  return out;
}
