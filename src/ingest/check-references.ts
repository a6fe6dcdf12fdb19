/**
 * Every fact must point at entities the document lists; a dangling id would silently drop a
 * REPORTER or a policy link in Cypher's MATCH, so it is refused before writing. Pure, so the
 * extraction workers run it beside the extractor.
 */
import type { ExtractedDocument } from "../core/contract.js";
import { TradeKgError } from "../core/errors.js";

export function assertReferencesResolve(extracted: ExtractedDocument): void {
  const known = new Set(extracted.entities.map((e) => e.id));
  const missing = new Set<string>();
  for (const fact of extracted.tradeFacts) {
    for (const id of [fact.reporter, fact.partner, fact.commodity])
      if (id && !known.has(id)) missing.add(id);
  }
  for (const link of extracted.policyFacts) {
    for (const id of [link.subject, link.object]) if (!known.has(id)) missing.add(id);
  }
  if (missing.size > 0) {
    throw new TradeKgError(
      "INTERNAL_SERVER_ERROR",
      `extraction of ${extracted.document.source} refers to entities it does not list: ${[...missing].slice(0, 5).join(", ")}`,
    );
  }
}
