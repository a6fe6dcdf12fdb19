// Commodities imported with their changes: the reporter's import figures by commodity for
// periods inside a window, largest value first (figures with no value last). Each row names
// the partner it comes from (null: imports from the world), so "crude oil from Belt and Road
// countries" never reads as the reporter's total; figures of different period lengths or
// units are different rows, never a sum.
// @param reporter  entity id of the reporter, e.g. "country:CHN"
// @param period    the window, {"start": "YYYY-MM", "end": "YYYY-MM"}, both months included
// @example {"reporter": "country:CHN", "period": {"start": "2021-01", "end": "2021-12"}}
MATCH (f:TradeFact {flow: "IMPORT"})-[:REPORTER]->(:Entity {id: $reporter})
WHERE f.periodStart >= $period.start AND f.periodEnd <= $period.end
MATCH (f)-[:COMMODITY]->(c:Entity)
OPTIONAL MATCH (f)-[:PARTNER]->(p:Entity)
RETURN c.id AS commodity, c.name AS name, c.hs AS hs, p.id AS partner, p.name AS partnerName,
       f.flow AS flow, f.periodStart AS periodStart, f.periodEnd AS periodEnd,
       f.valueAmount AS value, f.valueCurrency AS currency,
       f.quantityAmount AS quantity, f.quantityUnit AS unit,
       f.changePct AS changePct, f.changeOf AS changeOf, f.baselineStart AS baselineStart,
       f.segmentValue AS segment, f.id AS fact
ORDER BY value IS NULL, value DESC, commodity, fact
