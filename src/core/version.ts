/**
 * The product's name and version as the extractor stamps them on every document. Ingestion
 * compares it with what a stored document carries, so a newer extractor re-extracts.
 * Bump EXTRACTOR_VERSION whenever extraction output can change.
 */
export const PRODUCT_NAME = "trade-kg";
export const EXTRACTOR_VERSION = "0.1.0";
export const EXTRACTOR_ID = `${PRODUCT_NAME} ${EXTRACTOR_VERSION}`;
