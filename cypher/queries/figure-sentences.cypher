// The sentences behind one figure: every sentence of every document that states a trade
// fact, with its offsets and who said it. In each document the sentence writing out most of
// the fact's figures (its amount first) comes first (`lead`).
// @param factId  a trade fact id, "tf:" + 16 hex digits
// @example {"factId": "tf:305d58dbe30c4637"}
MATCH (f:TradeFact {id: $factId})-[s:STATED_IN]->(d:Document)
UNWIND range(0, size(coalesce(s.moreQuotes, []))) AS i
RETURN d.id AS document, d.title AS title, d.date AS date, s.speaker AS speaker, i = 0 AS lead,
       CASE i WHEN 0 THEN s.start ELSE s.moreStarts[i - 1] END AS start,
       CASE i WHEN 0 THEN s.end ELSE s.moreEnds[i - 1] END AS end,
       CASE i WHEN 0 THEN s.quote ELSE s.moreQuotes[i - 1] END AS quote
ORDER BY date, document, lead DESC, start
