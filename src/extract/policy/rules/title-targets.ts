/**
 * APPLIES_TO from a measure to what its title names in full, among the document's own
 * entities of one sort (zones, goods): the mechanism behind zone-in-title and goods-in-title.
 *
 * Why one helper: the two rules differ only in which entities may be named; matching a full
 * name inside a title, and leaving out events' names ("… Expo"), is the same for both.
 */
import type { EntityInfo } from "../../entities/index.js";
import type { DocumentLink, DocumentView } from "../types.js";

/** A literal string as a pattern: its regular-expression characters escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function titleTargets(
  doc: DocumentView,
  isTarget: (entity: EntityInfo) => boolean,
): DocumentLink[] {
  const targets = new Map<string, RegExp>();
  for (const m of doc.mentions)
    if (isTarget(m.entity) && !targets.has(m.entity.id))
      targets.set(m.entity.id, new RegExp(`\\b${escapeRegExp(m.entity.name)}\\b`, "i"));
  const out: DocumentLink[] = [];
  for (const m of doc.mentions) {
    if (m.entity.type !== "Measure" || m.entity.kind === "EXPO") continue;
    for (const [id, name] of targets)
      if (name.test(m.surface))
        out.push({ subject: m.entity.id, predicate: "APPLIES_TO", object: id, at: m });
  }
  return out;
}
