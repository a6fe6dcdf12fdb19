/**
 * What analysts' read-only Cypher may use, in one place: the plan operators, the procedures
 * and the namespaces of functions. Everything not listed is refused, so a Neo4j upgrade that
 * adds an operator or a procedure makes queries that use it fail closed until it is reviewed
 * and listed here.
 */

/** Procedures that read the schema or the full-text index and nothing else. */
export const ALLOWED_PROCEDURES = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
] as const;

/**
 * Namespaces of the built-in functions (date.truncate, point.distance, …). A namespaced
 * function outside them is a plugin's (APOC and the like, on an external Neo4j), which may run
 * Cypher of its own or reach files and URLs, unseen by the plan.
 */
export const ALLOWED_FUNCTION_NAMESPACES = [
  "date",
  "datetime",
  "localdatetime",
  "localtime",
  "time",
  "duration",
  "point",
  "vector",
  "vector.similarity",
] as const;

/**
 * Plan operators that only read, by the name Neo4j 5.26 gives them in EXPLAIN, without the
 * modifier in parentheses (Expand(All) and Expand(Into) are both Expand) and without the
 * "@database" suffix. Writes (Create, Merge, SetProperty, Delete, Foreach, …), LoadCSV, every
 * ShowX and TerminateX command, schema and administration commands and CALL { } IN TRANSACTIONS
 * (TransactionApply, TransactionForeach) are absent on purpose. ProcedureCall is handled apart:
 * allowed only for ALLOWED_PROCEDURES.
 */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // where rows come from
  "AllNodesScan",
  "NodeByLabelScan",
  "UnionNodeByLabelsScan",
  "IntersectionNodeByLabelsScan",
  "SubtractionNodeByLabelsScan",
  "NodeByIdSeek",
  "NodeByElementIdSeek",
  "NodeIndexSeek",
  "NodeUniqueIndexSeek",
  "MultiNodeIndexSeek",
  "AssertingMultiNodeIndexSeek",
  "NodeIndexSeekByRange",
  "NodeUniqueIndexSeekByRange",
  "NodeIndexScan",
  "NodeIndexContainsScan",
  "NodeIndexEndsWithScan",
  "DirectedAllRelationshipsScan",
  "UndirectedAllRelationshipsScan",
  "DirectedRelationshipTypeScan",
  "UndirectedRelationshipTypeScan",
  "DirectedUnionRelationshipTypesScan",
  "UndirectedUnionRelationshipTypesScan",
  "DirectedRelationshipByIdSeek",
  "UndirectedRelationshipByIdSeek",
  "DirectedRelationshipByElementIdSeek",
  "UndirectedRelationshipByElementIdSeek",
  "DirectedRelationshipIndexSeek",
  "UndirectedRelationshipIndexSeek",
  "DirectedRelationshipUniqueIndexSeek",
  "UndirectedRelationshipUniqueIndexSeek",
  "DirectedRelationshipIndexSeekByRange",
  "UndirectedRelationshipIndexSeekByRange",
  "DirectedRelationshipUniqueIndexSeekByRange",
  "UndirectedRelationshipUniqueIndexSeekByRange",
  "DirectedRelationshipIndexScan",
  "UndirectedRelationshipIndexScan",
  "DirectedRelationshipIndexContainsScan",
  "UndirectedRelationshipIndexContainsScan",
  "DirectedRelationshipIndexEndsWithScan",
  "UndirectedRelationshipIndexEndsWithScan",
  "NodeCountFromCountStore",
  "RelationshipCountFromCountStore",
  "Argument",
  // traversal
  "Expand",
  "OptionalExpand",
  "VarLengthExpand",
  "ShortestPath",
  "StatefulShortestPath",
  "Repeat",
  "ProjectEndpoints",
  "TriadicSelection",
  "TriadicBuild",
  "TriadicFilter",
  "NullifyMetadata",
  // rows in, rows out
  "Filter",
  "Projection",
  "CacheProperties",
  "Sort",
  "PartialSort",
  "Top",
  "PartialTop",
  "Limit",
  "ExhaustiveLimit",
  "Skip",
  "Distinct",
  "OrderedDistinct",
  "Aggregation",
  "EagerAggregation",
  "OrderedAggregation",
  "Unwind",
  "Eager",
  "EmptyResult",
  "ProduceResults",
  "Optional",
  "Anti",
  "Union",
  "OrderedUnion",
  // joins and subqueries (CALL { }, EXISTS { }, COUNT { }, pattern comprehensions)
  "CartesianProduct",
  "NodeHashJoin",
  "NodeLeftOuterHashJoin",
  "NodeRightOuterHashJoin",
  "ValueHashJoin",
  "Apply",
  "SemiApply",
  "AntiSemiApply",
  "LetSemiApply",
  "LetAntiSemiApply",
  "SelectOrSemiApply",
  "SelectOrAntiSemiApply",
  "LetSelectOrSemiApply",
  "LetSelectOrAntiSemiApply",
  "RollUpApply",
]);
