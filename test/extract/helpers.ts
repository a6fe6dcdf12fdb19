/** Shared helpers of the extractor tests: run the pipeline on a small text, match partial facts. */
import type { ExtractedDocument, TradeFact } from "../../src/core/contract.js";
import { extractDocument } from "../../src/extract/extract-document.js";

/** A one-paragraph document dated `date`, so that periods resolve as in a briefing. */
export function extractSentence(sentence: string, date = "July 13, 2021"): ExtractedDocument {
  const text = `Test release on trade\n${date}\n\n${sentence}\n`;
  return extractDocument(new TextEncoder().encode(text), "test.txt");
}

/** True when some fact has every field of `want` (deep equality per field). */
export function hasFact(facts: TradeFact[], want: Partial<TradeFact>): boolean {
  return facts.some((f) =>
    Object.entries(want).every(
      ([k, v]) => JSON.stringify(f[k as keyof TradeFact]) === JSON.stringify(v),
    ),
  );
}

export function describeFacts(facts: TradeFact[]): string {
  return facts
    .map(
      (f) =>
        `${f.reporter} ${f.partner} ${f.commodity} ${f.flow} ${f.segment?.value ?? "-"} ${f.period.start}..${f.period.end} v=${f.value?.amount} q=${f.quantity?.amount} p=${f.price?.amount} ch=${f.changePct} base=${JSON.stringify(f.baseline)} sh=${f.sharePct}`,
    )
    .join("\n");
}
