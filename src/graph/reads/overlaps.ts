/**
 * Which partners of a ranking overlap: a bloc and one of its members, two groups sharing a
 * member. Known from the member lists of data/regions.json (the blocs' and groups' published
 * lists) and from PART_OF links the documents state; a group without a member list (Belt and
 * Road countries, Africa) is flagged as not knowing its members.
 *
 * Why: "ASEAN, the EU and the US" and "Belt and Road countries" ranked on one list add up to
 * more than the whole; a reader must be told which rows count the same trade twice.
 */
import regionData from "../../../data/regions.json" with { type: "json" };
import type { Database } from "../database.js";
import type { ReadOptions } from "./paging.js";

interface RegionRecord {
  id: string;
  members?: string[];
}

/** region id → its members' entity ids (countries by ISO3; provinces by ISO 3166-2). */
const MEMBERS = new Map<string, Set<string>>(
  (regionData.regions as RegionRecord[])
    .filter((r) => (r.members ?? []).length > 0)
    .map((r) => [
      `region:${r.id}`,
      new Set(
        (r.members ?? []).map((m) => (/^[A-Z]{3}$/.test(m) ? `country:${m}` : `region:${m}`)),
      ),
    ]),
);

export interface PartnerOverlap {
  /** other ranked partners sharing members with this one */
  overlapsWith: string[];
  /** false for a group whose members are not known, which may overlap any other row */
  membersKnown: boolean;
}

/** The members of each partner, as far as the lists and the stated PART_OF links tell. */
async function membersOf(
  db: Database,
  partners: readonly { id: string; type: string }[],
  options: ReadOptions,
): Promise<Map<string, Set<string> | null>> {
  const ids = partners.map((p) => p.id);
  const result = await db.read(
    `MATCH (m:Entity)-[:PART_OF*1..2]->(g:Entity) WHERE g.id IN $ids
     RETURN g.id AS group, collect(DISTINCT m.id) AS members`,
    { ids },
    options,
  );
  const stated = new Map(
    result.records.map((r) => [r.get("group") as string, r.get("members") as string[]]),
  );
  const members = new Map<string, Set<string> | null>();
  for (const p of partners) {
    const listed = MEMBERS.get(p.id);
    const linked = stated.get(p.id) ?? [];
    if (p.type === "Country") members.set(p.id, new Set([p.id]));
    else if (!listed && linked.length === 0) members.set(p.id, null);
    else members.set(p.id, new Set([...(listed ?? []), ...linked]));
  }
  return members;
}

/** For each partner (in the order given), the others it overlaps. */
export async function partnerOverlaps(
  db: Database,
  partners: readonly { id: string; type: string }[],
  options: ReadOptions = {},
): Promise<PartnerOverlap[]> {
  const members = await membersOf(db, partners, options);
  const covers = (group: Set<string> | null, id: string, own: Set<string> | null) =>
    group !== null && (group.has(id) || [...(own ?? [])].some((m) => group.has(m)));
  return partners.map((p) => {
    const own = members.get(p.id) ?? null;
    const overlapsWith = partners
      .filter((q) => q.id !== p.id)
      .filter((q) => {
        const other = members.get(q.id) ?? null;
        return covers(own, q.id, other) || covers(other, p.id, own);
      })
      .map((q) => q.id);
    return { overlapsWith, membersKnown: own !== null };
  });
}
