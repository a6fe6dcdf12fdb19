// Top partners by value in a period: the reporter's largest counterparts for one flow.
// Counts only whole-trade, year-on-year figures (no commodity, no segment, no other
// baseline) for exactly the period given; ranks countries and economic blocs (ASEAN, the EU),
// as the API's topPartners does by default, leaving out country groups, world regions and
// domestic areas that overlap the countries they contain. Where documents state a partner's
// figure more than once, the largest stated value is kept.
// @param reporter  entity id of the reporter, e.g. "country:CHN"
// @param flow      TOTAL | EXPORT | IMPORT | BALANCE
// @param period    the exact period, {"start": "YYYY-MM", "end": "YYYY-MM"}
// @param limit     how many partners
// @example {"reporter": "country:CHN", "flow": "TOTAL", "period": {"start": "2021-01", "end": "2021-06"}, "limit": 10}
MATCH (f:TradeFact {flow: $flow, periodStart: $period.start, periodEnd: $period.end})
      -[:REPORTER]->(:Entity {id: $reporter})
WHERE f.valueAmount IS NOT NULL AND f.segmentDimension IS NULL AND f.baselineStart IS NULL
  AND NOT (f)-[:COMMODITY]->()
MATCH (f)-[:PARTNER]->(partner:Entity)
WHERE partner:Country OR partner.kind = "ECONOMIC_BLOC"
WITH partner, f ORDER BY f.valueAmount DESC, f.id
WITH partner, collect(f)[0] AS top
RETURN partner.id AS partner, partner.name AS name, partner.kind AS kind,
       top.flow AS flow, top.periodStart AS periodStart, top.periodEnd AS periodEnd,
       top.valueAmount AS value, top.valueCurrency AS currency, top.changePct AS changePct,
       top.id AS fact
ORDER BY value DESC, partner
LIMIT toInteger($limit)
