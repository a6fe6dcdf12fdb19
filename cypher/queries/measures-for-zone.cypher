// Measures applying to a zone, and who implements or issued them.
// @param zone  entity id of the zone (or zone category), e.g. "zone:comprehensive-bonded-zones"
// @example {"zone": "zone:comprehensive-bonded-zones"}
MATCH (m:Entity)-[a:APPLIES_TO]->(:Entity {id: $zone})
OPTIONAL MATCH (agency:Entity)-[:IMPLEMENTS|ISSUED]->(m)
WITH m, collect(DISTINCT a.quote) AS quotes, collect(DISTINCT agency.id) AS agencies
RETURN m.id AS measure, m.name AS name, m.kind AS kind, [id IN agencies WHERE id IS NOT NULL] AS implementedBy, quotes
ORDER BY measure
