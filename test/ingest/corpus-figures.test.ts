/**
 * Every figure an analyst is served can be checked against a sentence shown with it, and is
 * the number the text writes: the seeds and every document of ../shared/corpus/dev are
 * ingested into the real Neo4j and read back through the GraphQL API as JSON.
 *
 * Guards: all sentences of a fact kept (each document's), the first one shown writing out the
 * value, amounts stored as Cypher INTEGERs and served as the exact written number. The texts
 * are read at test time; nothing of the corpus is copied here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/api/server.js";
import { extractDocument } from "../../src/extract/extract-document.js";
import { deleteStoredDocument } from "../../src/graph/documents.js";
import { ingestPaths } from "../../src/ingest/ingest-paths.js";
import { metadataFor } from "../../src/ingest/read-sidecar.js";
import { type Data, queryData, startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";
import { writesAmount, writesChange, writesShare } from "../support/written-forms.js";

const ROOT = resolve(import.meta.dirname, "../..");
const FOLDERS = [resolve(ROOT, "seeds"), resolve(ROOT, "../shared/corpus/dev")];

const FACTS = `query ($doc: String!, $after: String) {
  tradeFacts(filter: { document: $doc }, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id quote value { amount } quantity { amount } price { amount }
      changePct sharePct evidence { quote start end document { id } } } }
  }
}`;

interface ServedFact {
  id: string;
  quote: string;
  value: { amount: number } | null;
  quantity: { amount: number } | null;
  price: { amount: number } | null;
  changePct: number | null;
  sharePct: number | null;
  evidence: { quote: string; start: number; end: number; document: { id: string } }[];
}

/** What each figure of a fact needs: some quote of the fact writing it out. */
function unwritten(fact: ServedFact): string[] {
  const quotes = fact.evidence.map((e) => e.quote);
  const some = (test: (q: string) => boolean) => quotes.some(test);
  const missing: string[] = [];
  if (fact.value && !some((q) => writesAmount(q, fact.value!.amount)))
    missing.push(`value ${fact.value.amount}`);
  if (fact.quantity && !some((q) => writesAmount(q, fact.quantity!.amount)))
    missing.push(`quantity ${fact.quantity.amount}`);
  if (fact.price && !some((q) => writesAmount(q, fact.price!.amount)))
    missing.push(`price ${fact.price.amount}`);
  if (fact.changePct !== null && !some((q) => writesChange(q, fact.changePct!)))
    missing.push(`change ${fact.changePct}`);
  if (fact.sharePct !== null && !some((q) => writesShare(q, fact.sharePct!)))
    missing.push(`share ${fact.sharePct}`);
  return missing;
}

describe("figures against the sentences that state them, over the seeds and the dev corpus", () => {
  const db = openTestDatabase();
  let api: RunningApi;
  const facts = new Map<string, ServedFact>();
  const documents: { id: string; path: string; source: string }[] = [];
  const created: string[] = [];

  beforeAll(async () => {
    const summary = await ingestPaths(db, FOLDERS);
    expect(summary.skipped).toEqual([]);
    const files = FOLDERS.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith(".txt"))
        .sort()
        .map((name) => ({ path: join(folder, name), source: name })),
    );
    summary.documents.forEach((d, i) => {
      documents.push({ id: d.documentId, ...files[i] });
      if (d.status !== "unchanged") created.push(d.documentId);
    });
    api = await startTestApi(db);
    for (const doc of documents) {
      let after: string | null = null;
      do {
        const data: Data = await queryData(api.graphqlUrl, FACTS, { doc: doc.id, after });
        for (const edge of data.tradeFacts.edges) facts.set(edge.node.id, edge.node);
        after = data.tradeFacts.pageInfo.hasNextPage ? data.tradeFacts.pageInfo.endCursor : null;
      } while (after);
    }
  }, 600_000);

  afterAll(async () => {
    await api?.close();
    for (const id of created) await deleteStoredDocument(db, id);
    await db.close();
  });

  it("reads a few hundred facts from more than thirty documents", () => {
    expect(documents.length).toBeGreaterThan(30);
    expect(facts.size).toBeGreaterThan(250);
  });

  it("finds every value, quantity, price, change and share written in one of its fact's quotes", () => {
    const failures = [...facts.values()]
      .map((fact) => ({ id: fact.id, missing: unwritten(fact) }))
      .filter((f) => f.missing.length > 0);
    expect(failures).toEqual([]);
  });

  it("shows first a sentence that writes out the fact's amount", () => {
    const failures = [...facts.values()]
      .filter((fact) => {
        const amount = fact.value?.amount ?? fact.quantity?.amount ?? fact.price?.amount;
        return amount !== undefined && !writesAmount(fact.quote, amount);
      })
      .map((fact) => ({ id: fact.id, quote: fact.quote }));
    expect(failures).toEqual([]);
    for (const fact of facts.values()) expect(fact.quote).toBe(fact.evidence[0].quote);
  });

  it("keeps every sentence the extractor gives for a fact, in each document", async () => {
    for (const doc of documents) {
      const meta = await metadataFor(doc.path, {}, doc.source);
      const extracted = extractDocument(readFileSync(doc.path), doc.source, meta);
      for (const fact of extracted.tradeFacts) {
        const expected = [fact.evidence, ...(fact.moreEvidence ?? [])].map(
          (e) => `${e.start}-${e.end}:${e.quote}`,
        );
        const served = facts
          .get(fact.id)
          ?.evidence.filter((e) => e.document.id === doc.id)
          .map((e) => `${e.start}-${e.end}:${e.quote}`);
        expect(new Set(served), `${doc.source} ${fact.id}`).toEqual(new Set(expected));
      }
    }
  });

  it("stores money and quantity amounts as exact Cypher integers and serves them as written", async () => {
    const stored = await db.read(
      `MATCH (f:TradeFact)
       RETURN f.id AS id, valueType(f.valueAmount) AS valueType, f.valueAmount AS value,
              valueType(f.quantityAmount) AS quantityType, f.quantityAmount AS quantity`,
    );
    let values = 0;
    for (const r of stored.records) {
      const fact = facts.get(r.get("id"));
      if (!fact) continue;
      if (r.get("value") !== null) {
        values += 1;
        expect(r.get("valueType"), fact.id).toBe("INTEGER NOT NULL");
        expect(fact.value?.amount).toBe(r.get("value"));
        expect(Number.isSafeInteger(fact.value?.amount)).toBe(true);
      }
      if (r.get("quantity") !== null && Number.isInteger(r.get("quantity")))
        expect(r.get("quantityType"), fact.id).toBe("INTEGER NOT NULL");
    }
    expect(values).toBeGreaterThan(150);
  });
});
