// A partner's time series: every stated figure of the reporter's trade with one partner in
// one flow, period by period, with the sentence behind each.
// @param reporter  entity id of the reporter, e.g. "country:CHN"
// @param partner   entity id of the partner, e.g. "region:asean"
// @param flow      TOTAL | EXPORT | IMPORT | BALANCE
// @example {"reporter": "country:CHN", "partner": "region:asean", "flow": "TOTAL"}
MATCH (f:TradeFact {flow: $flow})-[:REPORTER]->(:Entity {id: $reporter})
MATCH (f)-[:PARTNER]->(:Entity {id: $partner})
WHERE f.segmentDimension IS NULL AND NOT (f)-[:COMMODITY]->()
MATCH (f)-[s:STATED_IN]->(d:Document)
WITH f, collect({document: d.id, quote: s.quote})[0] AS evidence
RETURN f.id AS fact, f.periodStart AS periodStart, f.periodEnd AS periodEnd,
       f.valueAmount AS value, f.valueCurrency AS currency, f.changePct AS changePct,
       f.baselineStart AS baselineStart, f.sharePct AS sharePct,
       evidence.document AS document, evidence.quote AS quote
ORDER BY periodStart, periodEnd, fact
