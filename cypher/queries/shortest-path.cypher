// The shortest path between two entities, through trade facts and policy links (documents
// excluded, since every pair of entities in one document would otherwise be two hops apart).
// @param from  entity id, e.g. "agency:gacc"
// @param to    entity id, e.g. "region:asean"
// @example {"from": "country:CHN", "to": "region:asean"}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:REPORTER|PARTNER|COMMODITY|ISSUED|IMPLEMENTS|APPLIES_TO|COOPERATES_WITH|PART_OF|SUPPORTS*..8]-(b))
RETURN [n IN nodes(p) | coalesce(n.id, "")] AS nodes,
       [r IN relationships(p) | type(r)] AS relationships,
       length(p) AS hops
