/**
 * APPLIES_TO from a measure to what its title names in full, among the document's own
 * entities of one sort (zones, goods): the mechanism behind zone-in-title and goods-in-title.
 *
 * Why one helper: the two rules differ only in which entities may be named; matching a full
 * name inside a title, and leaving out events' names ("… Expo"), is the same for both.
 */
import type { EntityInfo, Mention } from "../../entities/index.js";
import type { DocumentLink, DocumentView } from "../types.js";

/** A literal string as a pattern: its regular-expression characters escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A target's name: upper-cased for a quick test of containment, its pattern made when needed. */
interface Target {
  id: string;
  name: string;
  upper: string;
  pattern: RegExp | null;
}

/**
 * Whether a title names the target in full (a word boundary at either end, any case). The
 * pattern runs only on titles whose upper case contains the name's: a case-insensitive match
 * pairs characters with one upper case each, so it implies that containment.
 */
function names(title: string, titleUpper: string, t: Target): boolean {
  if (!titleUpper.includes(t.upper)) return false;
  t.pattern ??= new RegExp(`\\b${escapeRegExp(t.name)}\\b`, "i");
  return t.pattern.test(title);
}

export function titleTargets(
  doc: DocumentView,
  isTarget: (entity: EntityInfo) => boolean,
): DocumentLink[] {
  // one pass: the targets (each entity once) and the measures' mentions (events left out)
  const targets = new Map<string, Target>();
  const titles: Mention[] = [];
  for (const m of doc.mentions) {
    const e = m.entity;
    if (e.type === "Measure" && e.kind !== "EXPO") titles.push(m);
    if (isTarget(e) && !targets.has(e.id))
      targets.set(e.id, { id: e.id, name: e.name, upper: e.name.toUpperCase(), pattern: null });
  }
  const out: DocumentLink[] = [];
  if (targets.size === 0) return out;
  // a title written again names the same targets
  const named = new Map<string, Target[]>();
  for (const m of titles) {
    let ts = named.get(m.surface);
    if (!ts) {
      const upper = m.surface.toUpperCase();
      ts = [...targets.values()].filter((t) => names(m.surface, upper, t));
      named.set(m.surface, ts);
    }
    for (const t of ts)
      out.push({ subject: m.entity.id, predicate: "APPLIES_TO", object: t.id, at: m });
  }
  return out;
}
