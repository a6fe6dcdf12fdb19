// Top partners by value in a period: the reporter's largest counterparts for one flow.
// Counts only whole-trade figures (no commodity, no segment); where documents state a
// partner's figure more than once, the largest stated value is kept.
// @param reporter     entity id of the reporter, e.g. "country:CHN"
// @param flow         TOTAL | EXPORT | IMPORT | BALANCE
// @param periodStart  first month, "YYYY-MM"
// @param periodEnd    last month, "YYYY-MM"
// @param limit        how many partners
// @example {"reporter": "country:CHN", "flow": "TOTAL", "periodStart": "2021-01", "periodEnd": "2021-06", "limit": 10}
MATCH (f:TradeFact {flow: $flow, periodStart: $periodStart, periodEnd: $periodEnd})-[:REPORTER]->(:Entity {id: $reporter})
WHERE f.valueAmount IS NOT NULL AND f.segmentDimension IS NULL AND NOT (f)-[:COMMODITY]->()
MATCH (f)-[:PARTNER]->(partner:Entity)
WITH partner, f ORDER BY f.valueAmount DESC
WITH partner, collect(f)[0] AS top
RETURN partner.id AS partner, partner.name AS name, top.valueAmount AS value,
       top.valueCurrency AS currency, top.changePct AS changePct
ORDER BY value DESC, partner
LIMIT toInteger($limit)
