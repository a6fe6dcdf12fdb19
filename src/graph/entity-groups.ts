/**
 * Which entities stand for several others: a bloc or country group, a world region, a
 * domestic area of several provinces, a category of zones, a category of goods. Their trade
 * overlaps their members' (EU trade is also Germany's), so network measures that add or
 * rank edges count it twice; exports flag them (`group`) and the trade network leaves them
 * out unless asked (trade-network.ts). Decided by the entity's type and kind (docs/GRAPH.md), nothing else.
 */
export const GROUP_KINDS: Readonly<Record<string, readonly string[]>> = {
  Region: ["ECONOMIC_BLOC", "COUNTRY_GROUP", "WORLD_REGION", "DOMESTIC_AREA"],
  Zone: ["ZONE_CATEGORY"],
  Commodity: ["CATEGORY"],
};

export function isGroupEntity(type: string, kind: string | null | undefined): boolean {
  return kind !== null && kind !== undefined && (GROUP_KINDS[type] ?? []).includes(kind);
}
