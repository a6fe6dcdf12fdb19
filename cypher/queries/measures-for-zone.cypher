// Measures applying to a zone, and who implements or issued them: those the documents say
// apply to the zone itself, and those applying to a category of zones it belongs to (a
// bonded zone is PART_OF comprehensive bonded zones, which are PART_OF special customs
// supervision zones); `appliesTo` says which, `quotes` the sentences stating it.
// @param zone  entity id of the zone (or zone category), e.g. "zone:comprehensive-bonded-zones"
// @example {"zone": "zone:comprehensive-bonded-zones"}
MATCH (z:Entity {id: $zone})
MATCH (m:Entity)-[a:APPLIES_TO]->(target:Zone)
WHERE target = z OR EXISTS { (z)-[:PART_OF*1..2]->(target) }
OPTIONAL MATCH (agency:Entity)-[:IMPLEMENTS|ISSUED]->(m)
WITH m, target, collect(DISTINCT a.quote) AS quotes, collect(DISTINCT agency.id) AS agencies
RETURN m.id AS measure, m.name AS name, m.kind AS kind, target.id AS appliesTo,
       [id IN agencies WHERE id IS NOT NULL] AS implementedBy, quotes
ORDER BY appliesTo = $zone DESC, measure
