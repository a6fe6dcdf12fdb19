/**
 * PART_OF for a unit in its body: "the Department of International Cooperation of the
 * Ministry of Commerce", "the Customs Tariff Commission of the State Council" (one name with
 * the parent nested at its end), "the GACC's Department of Statistics", "the Department of
 * Statistics at the GACC".
 *
 * Why the unit's head noun is checked (data: unitHeads): "General Administration of Customs
 * of China" ends in a country, and "Bank of China" is no unit of China.
 */
import verbData from "../../../../data/policy-verbs.json" with { type: "json" };
import type { EntityInfo, Mention } from "../../entities/index.js";
import type { Item, Link, PolicyRule, SentenceView } from "../types.js";
import { ent, link } from "./helpers.js";

const HEADS = new Set(verbData.unitHeads);
function isUnit(it: Item): boolean {
  // "we" stands for an agency, it names none (its name is an id)
  return it.type === "Agency" && !it.pronoun && unitEntity(it.info);
}

/** An agency whose name is a unit's (read once per entity). */
function unitEntity(info: EntityInfo): boolean {
  if (info.type !== "Agency") return false;
  let unit = UNITS.get(info);
  if (unit === undefined) {
    unit = namesUnit(info.name);
    UNITS.set(info, unit);
  }
  return unit;
}

/** Whether a name is a unit's, by its head noun (an entity's name, read once per entity). */
const UNITS = new WeakMap<EntityInfo, boolean>();
function namesUnit(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  // the head noun before "of" ("Customs Tariff Commission of the State Council")
  const beforeOf = words[words.indexOf("of") - 1];
  return [words[0], words[1], words[words.length - 1], beforeOf].some((w) => w && HEADS.has(w));
}

/**
 * The body named inside the unit's own name: a nested mention ("… of the GACC", "the SCIO's
 * Press Bureau"), or a known agency the name ends with after "of" ("Customs Tariff Commission
 * of the State Council", where the mention layer nested nothing).
 */
const PARENT_TAIL = /\bof\s+(?:the\s+)?([A-Z][\w\s'-]+)$/;
function parentInName(view: SentenceView, u: Item): string | undefined {
  const nested = view.mentions.find(
    (m) =>
      m.entity.type === "Agency" &&
      m.nested &&
      m.start >= u.start &&
      m.end <= u.end &&
      m.entity.id !== u.id,
  );
  if (nested) return nested.entity.id;
  const tail = PARENT_TAIL.exec(view.text.slice(u.start, u.end));
  const body = tail ? view.gazetteer.lookup(tail[1]) : undefined;
  return body?.type === "Agency" && body.id !== u.id ? body.id : undefined;
}

/**
 * Whether a unit's parent may be named: inside its name (a nested agency, or "of" and a name
 * at its end), or as another agency the sentence names (after "of", "at", "under", or before
 * "'s"). Every link is of a unit's item, and the items are the names not nested in another.
 */
function parentMayBeNamed(
  text: string,
  u: Mention,
  top: readonly Mention[],
  inside: readonly Mention[],
): boolean {
  const id = u.entity.id;
  const other = (m: Mention) => m.entity.type === "Agency" && m.entity.id !== id;
  if (top.some(other)) return true;
  if (inside.some((m) => other(m) && m.nested && m.start >= u.start && m.end <= u.end)) return true;
  return PARENT_TAIL.test(text.slice(u.start, u.end));
}

/** the words that join a unit to the body after it ("Department of X at the GACC") */
const UNDER = new Set(["of", "at", "under"]);

export const unitOfAgency: PolicyRule = {
  name: "unit-of-agency",
  pattern: [{ ent: ["Agency"], as: "unit" }],
  mayApply: ({ text, top, inside }) =>
    top.some((u) => unitEntity(u.entity) && parentMayBeNamed(text, u, top, inside)),
  produce(view, caps) {
    const at = caps.get("unit") as number;
    const out: Link[] = [];
    for (const u of ent(view, caps, "unit").items.filter(isUnit)) {
      const parent = parentInName(view, u);
      if (parent) out.push(link(u.id, "PART_OF", parent));
    }
    const unit = view.pieces[at];
    const a = view.pieces[at + 1];
    const b = view.pieces[at + 2];
    const c = view.pieces[at + 3];
    // "Department of X at the GACC"
    const joined = a && "norm" in a && UNDER.has(a.norm);
    const parent = joined
      ? b?.kind === "ent"
        ? b
        : b && "norm" in b && b.norm === "the"
          ? c
          : undefined
      : undefined;
    // "the GACC's Department of X": the unit follows its parent
    const apostrophe = view.pieces[at - 2];
    const s = view.pieces[at - 1];
    const owner =
      apostrophe &&
      "norm" in apostrophe &&
      apostrophe.norm === "'" &&
      s &&
      "norm" in s &&
      s.norm === "s"
        ? view.pieces[at - 3]
        : undefined;
    for (const p of [parent, owner]) {
      if (p?.kind !== "ent" || unit.kind !== "ent") continue;
      const body = p.items.find((i) => i.type === "Agency" && !i.pronoun);
      if (body)
        for (const u of unit.items.filter(isUnit))
          if (u.id !== body.id) out.push(link(u.id, "PART_OF", body.id));
    }
    return out;
  },
  examples: [
    {
      sentence: "The State Council Information Office's Press Bureau held a briefing.",
      links: [["agency:scio-press-bureau", "PART_OF", "agency:scio"]],
    },
    {
      sentence: "The Customs Tariff Commission of the State Council issued a notice.",
      links: [["agency:tariff-commission-of-the-state-council", "PART_OF", "agency:state-council"]],
    },
  ],
  counterExamples: [
    {
      sentence: "The General Administration of Customs of China released data.",
      notLinked: [["agency:gacc", "country:CHN"]],
    },
  ],
};
