// The sentences behind one figure: every document that states a trade fact, with the
// quote, its offsets and who said it.
// @param factId  a trade fact id, "tf:" + 16 hex digits
// @example {"factId": "tf:0000000000000000"}
MATCH (f:TradeFact {id: $factId})-[s:STATED_IN]->(d:Document)
RETURN d.id AS document, d.title AS title, d.date AS date, s.speaker AS speaker,
       s.start AS start, s.end AS end, s.quote AS quote
ORDER BY date, document
