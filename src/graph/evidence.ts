/**
 * The sentences behind a trade fact, in the order an analyst should see them.
 *
 * Why: the extractor builds one fact from every sentence of a document that states its
 * figures ("rose 27.5%" in one, "to 5.35 trillion yuan" in the next, "accounted for 29.6%"
 * in a third), naming one as `evidence` and the rest as `moreEvidence`. All of them are kept,
 * and the first is the sentence that writes out most of the fact's figures, its amount above
 * all (src/core/written-figures.ts), so the quote shown first is one that shows the number.
 */
import neo4j from "neo4j-driver";
import type { Evidence, TradeFact } from "../core/contract.js";
import { evidenceWeight, type FactFigures, figuresStated } from "../core/written-figures.js";

/** A fact's figures as written-figures compares them. */
export function figuresOfFact(fact: TradeFact): FactFigures {
  return {
    value: fact.value?.amount ?? null,
    quantity: fact.quantity?.amount ?? null,
    price: fact.price?.amount ?? null,
    changePct: fact.changePct,
    sharePct: fact.sharePct,
  };
}

/**
 * The sentences of one document stating `fact`, each once, heaviest first; equal weights keep
 * the extractor's order (its `evidence` first).
 */
export function sentencesInOrder(fact: TradeFact): Evidence[] {
  const figures = figuresOfFact(fact);
  const seen = new Set<string>();
  const sentences: Evidence[] = [];
  for (const e of [fact.evidence, ...(fact.moreEvidence ?? [])]) {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sentences.push(e);
  }
  const weight = new Map(
    sentences.map((e) => [e, evidenceWeight(figuresStated(e.quote, figures))] as const),
  );
  return sentences
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (weight.get(b.e) ?? 0) - (weight.get(a.e) ?? 0) || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * The properties of a fact's STATED_IN relationship: the leading sentence as quote, start,
 * end (what every reader and export has always read), the others as moreQuotes, moreStarts,
 * moreEnds, in order.
 */
export function statedInProperties(fact: TradeFact): Record<string, unknown> {
  const [lead, ...more] = sentencesInOrder(fact);
  return {
    quote: lead.quote,
    start: neo4j.int(lead.start),
    end: neo4j.int(lead.end),
    speaker: fact.speaker,
    moreQuotes: more.length ? more.map((e) => e.quote) : null,
    moreStarts: more.length ? more.map((e) => neo4j.int(e.start)) : null,
    moreEnds: more.length ? more.map((e) => neo4j.int(e.end)) : null,
  };
}
