// Commodities imported with their changes: the reporter's import figures by commodity for
// periods inside a window, largest value first (figures with no value last).
// @param reporter     entity id of the reporter, e.g. "country:CHN"
// @param periodStart  first month of the window, "YYYY-MM"
// @param periodEnd    last month of the window, "YYYY-MM"
// @example {"reporter": "country:CHN", "periodStart": "2021-01", "periodEnd": "2021-12"}
MATCH (f:TradeFact {flow: "IMPORT"})-[:REPORTER]->(:Entity {id: $reporter})
WHERE f.periodStart >= $periodStart AND f.periodEnd <= $periodEnd
MATCH (f)-[:COMMODITY]->(c:Entity)
RETURN c.id AS commodity, c.name AS name, c.hs AS hs, f.periodStart AS periodStart,
       f.periodEnd AS periodEnd, f.valueAmount AS value, f.valueCurrency AS currency,
       f.quantityAmount AS quantity, f.quantityUnit AS unit, f.changePct AS changePct, f.id AS fact
ORDER BY value IS NULL, value DESC, commodity, fact
