/** How much the analysts' fields may read in one request. */
export const MAX_CYPHER_ROWS = 1000;
export const MAX_CYPHER_TIMEOUT_MS = 30_000;
/** Past this many nodes plus edges, exportSubgraph stops and points at GET /export. */
export const MAX_EXPORT_ELEMENTS = 5000;
