// A partner's time series: every stated figure of the reporter's trade with one partner in
// one flow, with the sentence behind each (the one writing out its value). Rows of one
// series share `months` (the period's length), `currency`, `baselineStart` (null: year on
// year) and `changeOf`: compare only rows that agree on all four.
// @param reporter  entity id of the reporter, e.g. "country:CHN"
// @param partner   entity id of the partner, e.g. "region:asean"
// @param flow      TOTAL | EXPORT | IMPORT | BALANCE
// @example {"reporter": "country:CHN", "partner": "region:asean", "flow": "TOTAL"}
MATCH (f:TradeFact {flow: $flow})-[:REPORTER]->(:Entity {id: $reporter})
MATCH (f)-[:PARTNER]->(:Entity {id: $partner})
WHERE f.segmentDimension IS NULL AND NOT (f)-[:COMMODITY]->()
MATCH (f)-[s:STATED_IN]->(d:Document)
WITH f, collect({document: d.id, quote: s.quote})[0] AS evidence
WITH f, evidence,
     toInteger(substring(f.periodEnd, 0, 4)) * 12 + toInteger(substring(f.periodEnd, 5, 2))
     - toInteger(substring(f.periodStart, 0, 4)) * 12 - toInteger(substring(f.periodStart, 5, 2)) + 1 AS months
RETURN f.id AS fact, f.periodStart AS periodStart, f.periodEnd AS periodEnd, months,
       f.valueAmount AS value, f.valueCurrency AS currency, f.changePct AS changePct,
       f.changeOf AS changeOf, f.baselineStart AS baselineStart, f.sharePct AS sharePct,
       evidence.document AS document, evidence.quote AS quote
ORDER BY months, currency, baselineStart, periodStart, periodEnd, fact
