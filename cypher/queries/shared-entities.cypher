// Entities mentioned by more than one document: what ties the corpus together.
// @param minDocuments  the least number of documents, e.g. 2
// @example {"minDocuments": 2}
MATCH (e:Entity)<-[:MENTIONS]-(d:Document)
WITH e, collect(d.id) AS documents
WHERE size(documents) >= $minDocuments
RETURN e.id AS entity, e.name AS name, e.type AS type, size(documents) AS documentCount, documents
ORDER BY documentCount DESC, entity
