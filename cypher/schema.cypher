// trade-kg graph schema: applied at every start, so every statement is idempotent
// (IF NOT EXISTS). Statements are separated by semicolons at the end of a line.

// Identity: the canonical ids of the extraction contract.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trade_fact_id IF NOT EXISTS FOR (n:TradeFact) REQUIRE n.id IS UNIQUE;
// The snapshot summary (src/graph/snapshot.ts): one node, read by every GraphQL response.
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (n:GraphState) REQUIRE n.id IS UNIQUE;

// What the API filters and sorts by.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX trade_fact_flow IF NOT EXISTS FOR (n:TradeFact) ON (n.flow);
CREATE INDEX trade_fact_period IF NOT EXISTS FOR (n:TradeFact) ON (n.periodStart, n.periodEnd);
CREATE INDEX trade_fact_value IF NOT EXISTS FOR (n:TradeFact) ON (n.valueAmount);

// Free-text search over entity names and every alias seen in the documents.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
