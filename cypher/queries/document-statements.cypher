// Everything one document states: its trade facts with their entities, and its policy links,
// each with the quote, in the order they appear in the text.
// @param documentId  a document id, "doc:" + 16 hex digits
// @example {"documentId": "doc:9fe7b87ec5cd75fd"}
MATCH (d:Document {id: $documentId})
CALL (d) {
  MATCH (f:TradeFact)-[s:STATED_IN]->(d)
  MATCH (f)-[:REPORTER]->(r:Entity)
  OPTIONAL MATCH (f)-[:PARTNER]->(p:Entity)
  OPTIONAL MATCH (f)-[:COMMODITY]->(c:Entity)
  RETURN "TradeFact" AS kind, f.id AS id, r.id AS subject, f.flow AS predicate,
         coalesce(p.id, c.id) AS object, s.start AS start, s.quote AS quote
  UNION ALL
  MATCH (subject:Entity)-[l]->(object:Entity)
  WHERE l.documentId = d.id
  RETURN "PolicyLink" AS kind, l.id AS id, subject.id AS subject, type(l) AS predicate,
         object.id AS object, l.start AS start, l.quote AS quote
}
RETURN kind, id, subject, predicate, object, start, quote
ORDER BY start, kind, id
