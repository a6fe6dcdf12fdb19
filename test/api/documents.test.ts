import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentText, extractDocument } from "../../src/extract/extract-document.js";
import { deleteStoredDocument } from "../../src/graph/documents.js";
import type { Data } from "../support/api.js";
import { postGraphQL, queryCounted, queryData, startTestApi } from "../support/api.js";
import { openTestDatabase } from "../support/database.js";
import { useSeededApi } from "../support/seeded-api.js";
import { SEED_FILES, TINY_DOC_ID } from "../support/tiny-graph.js";

const KEY = "test-key-0123456789";
const INGEST = `mutation($text: String!, $source: String!, $date: String, $url: String, $title: String) {
  ingestDocument(text: $text, source: $source, date: $date, url: $url, title: $title) {
    status replaced entities tradeFacts policyLinks
    document { id source title date dateSource url } } }`;
const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) { documentId tradeFactsDeleted entitiesDeleted relationshipsDeleted } }`;

describe("document queries", () => {
  const seeded = useSeededApi();
  const { db } = seeded;

  it("lists the documents in id order with what each mentions and states", async () => {
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ documents(first: 50) { totalCount edges { node { id title
          entities(first: 1) { totalCount } tradeFacts(first: 1) { totalCount } policyLinks(first: 1) { totalCount } } } } }`,
    );
    const stored = await db.read(
      `MATCH (d:Document) RETURN d.id AS id, d.title AS title,
         COUNT { (d)-[:MENTIONS]->() } AS entities, COUNT { (:TradeFact)-[:STATED_IN]->(d) } AS facts,
         COUNT { (:Entity)-[r]->(:Entity) WHERE r.documentId = d.id } AS links ORDER BY id`,
    );
    expect(data.documents.totalCount).toBe(stored.records.length);
    expect(
      data.documents.edges.map((e: Data) => [
        e.node.id,
        e.node.title,
        e.node.entities.totalCount,
        e.node.tradeFacts.totalCount,
        e.node.policyLinks.totalCount,
      ]),
    ).toEqual(
      stored.records.map((r) => [
        r.get("id"),
        r.get("title"),
        r.get("entities"),
        r.get("facts"),
        r.get("links"),
      ]),
    );
    expect(data.documents.edges.map((e: Data) => e.node.id)).toEqual(
      expect.arrayContaining([...seeded.seedIds, TINY_DOC_ID]),
    );
  });

  it("gives a document's links, facts and mentioned entities as pages of its own statements", async () => {
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ document(id: "${TINY_DOC_ID}") {
          policyLinks(first: 3) { edges { node { id } } pageInfo { hasNextPage } }
          tradeFacts(first: 100) { edges { node { id } } }
          entities(first: 100) { edges { node { id } } } } }`,
    );
    expect(data.document.policyLinks.edges.map((e: Data) => e.node.id)).toEqual([
      "pf:zz00000000000001",
      "pf:zz00000000000002",
      "pf:zz00000000000003",
    ]);
    expect(data.document.policyLinks.pageInfo.hasNextPage).toBe(true);
    expect(data.document.tradeFacts.edges).toHaveLength(9);
    expect(data.document.entities.edges).toHaveLength(11);
  });

  it("returns one document by id with the facts the extractor found in it", async () => {
    const extracted = extractDocument(
      readFileSync(resolve(import.meta.dirname, "../..", SEED_FILES[1])),
      SEED_FILES[1],
    );
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ document(id: "${extracted.document.id}") { id title date speakers tradeFacts(first: 100) { totalCount } entities(first: 100) { totalCount } }
         missing: document(id: "doc:0000000000000000") { id } }`,
    );
    expect(data.document).toMatchObject({
      id: extracted.document.id,
      title: extracted.document.title,
      date: extracted.document.date,
      speakers: extracted.document.speakers,
      entities: { totalCount: extracted.entities.length },
      tradeFacts: { totalCount: new Set(extracted.tradeFacts.map((f) => f.id)).size },
    });
    expect(data.missing).toBeNull();
  });

  it("gives a document's whole text, the string its quotes and mentions index, null for one stored without it", async () => {
    const bytes = readFileSync(resolve(import.meta.dirname, "../..", SEED_FILES[1]));
    const id = extractDocument(bytes, SEED_FILES[1]).document.id;
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ document(id: "${id}") { text textLength mentions { start end entity { name } }
           tradeFacts(first: 100) { edges { node { evidence { quote start end document { id } } } } } }
         tiny: document(id: "${TINY_DOC_ID}") { id text } }`,
    );
    const { text, textLength, mentions, tradeFacts } = data.document;
    expect(text).toBe(documentText(bytes, SEED_FILES[1]));
    expect(textLength).toBe(text.length);
    const quotes = tradeFacts.edges
      .flatMap((edge: Data) => edge.node.evidence)
      .filter((e: Data) => e.document.id === id);
    expect(quotes.length).toBeGreaterThan(0);
    for (const e of quotes) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(mentions.length).toBeGreaterThan(0);
    expect(data.tiny).toEqual({ id: TINY_DOC_ID, text: null });
  });

  it("reads documents' texts only when asked for, every document's in one statement", async () => {
    const without = await queryCounted(
      seeded.api.graphqlUrl,
      "{ documents(first: 50) { edges { node { id } } } }",
    );
    const withText = await queryCounted(
      seeded.api.graphqlUrl,
      "{ documents(first: 50) { edges { node { id text } } } }",
    );
    expect(withText.errors).toBeUndefined();
    const edges = (withText.data as Data).documents.edges;
    expect(edges.filter((e: Data) => typeof e.node.text === "string").length).toBeGreaterThan(1);
    expect(withText.statements).toBe(without.statements + 1);
  });
});

describe("document mutations behind the API key", () => {
  const db = openTestDatabase();
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let keyless: Awaited<ReturnType<typeof startTestApi>>;
  const text = [
    "Zedland customs briefing",
    "",
    "Zedland's imports from the European Union rose by 12.5% in the first half of the year.",
  ].join("\n");
  const source = "test/api-mutation-zz.txt";
  const created: string[] = [];
  beforeAll(async () => {
    api = await startTestApi(db, { TRADE_KG_API_KEY: KEY });
    keyless = await startTestApi(db);
  });
  afterAll(async () => {
    await api.close();
    await keyless.close();
    for (const id of created) await deleteStoredDocument(db, id);
    await db.close();
  });

  it("refuses mutations without the key, with a wrong key, and on a server without a key", async () => {
    const none = await postGraphQL(api.graphqlUrl, INGEST, { text, source });
    expect(none.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await postGraphQL(
      api.graphqlUrl,
      INGEST,
      { text, source },
      { "x-api-key": `${KEY}x` },
    );
    expect(wrong.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const disabled = await postGraphQL(
      keyless.graphqlUrl,
      DELETE,
      { id: TINY_DOC_ID },
      { "x-api-key": KEY },
    );
    expect(disabled.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(disabled.body.errors?.[0].message).toMatch(/TRADE_KG_API_KEY/);
    const stored = await db.read("MATCH (d:Document {source: $source}) RETURN count(d) AS n", {
      source,
    });
    expect(stored.records[0].get("n")).toBe(0);
  });

  it("ingests a text through the ingestion service, dated by the caller, and is idempotent", async () => {
    const meta = { date: "2024-07-15", dateSource: "CALLER" as const };
    const extracted = extractDocument(Buffer.from(text, "utf8"), source, meta);
    // the caller's date dates "the first half of the year": without it there is no fact
    expect(extracted.tradeFacts.map((f) => f.period)).toContainEqual({
      start: "2024-01",
      end: "2024-06",
    });
    const first: Data = await queryData(
      api.graphqlUrl,
      INGEST,
      { text, source, date: meta.date },
      { "x-api-key": KEY },
    );
    created.push(first.ingestDocument.document.id);
    expect(first.ingestDocument).toMatchObject({
      status: "CREATED",
      replaced: [],
      entities: extracted.entities.length,
      tradeFacts: extracted.tradeFacts.length,
      policyLinks: extracted.policyFacts.length,
      document: { id: extracted.document.id, source, date: "2024-07-15", dateSource: "CALLER" },
    });
    const again: Data = await queryData(
      api.graphqlUrl,
      INGEST,
      { text, source, date: meta.date },
      { "x-api-key": KEY },
    );
    expect(again.ingestDocument.status).toBe("UNCHANGED");
  });

  it("re-extracts the same text when the caller's metadata changes, keeping its id", async () => {
    const url = "https://example.org/2024/07-16/zedland.html";
    const data: Data = await queryData(
      api.graphqlUrl,
      INGEST,
      { text, source, date: "2024-07-16", url, title: "Zedland in the first half" },
      { "x-api-key": KEY },
    );
    expect(data.ingestDocument).toMatchObject({
      status: "REPLACED",
      replaced: [],
      document: {
        id: created[0],
        date: "2024-07-16",
        dateSource: "CALLER",
        url,
        title: "Zedland in the first half",
      },
    });
    const stored = await db.read(
      "MATCH (d:Document {source: $source}) RETURN d.id AS id, d.date AS date, d.url AS url",
      { source },
    );
    expect(stored.records.map((r) => r.toObject())).toEqual([
      { id: created[0], date: "2024-07-16", url },
    ]);
  });

  it("refuses a future date, a day that does not exist and a URL that is not http(s), naming the argument", async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ date: "2099-01-01" }, /date: expected a day no later than .*got "2099-01-01"/],
      [{ date: "2023-02-30" }, /date must be a real calendar date/],
      [{ url: "file:///etc/passwd" }, /url must be an absolute http\(s\) URL/],
    ];
    for (const [args, message] of cases) {
      const answer = await postGraphQL(
        api.graphqlUrl,
        INGEST,
        { text, source: "test/api-bad-meta.txt", ...args },
        { "x-api-key": KEY },
      );
      expect(answer.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(answer.body.errors?.[0].message).toMatch(message);
    }
    const stored = await db.read("MATCH (d:Document {source: $source}) RETURN count(d) AS n", {
      source: "test/api-bad-meta.txt",
    });
    expect(stored.records[0].get("n")).toBe(0);
  });

  it("replaces a source's older text when it is ingested again with new content", async () => {
    const changed = `${text}\nZedland's exports to the European Union fell by 3% in the first half of the year.`;
    const data: Data = await queryData(
      api.graphqlUrl,
      INGEST,
      { text: changed, source },
      { "x-api-key": KEY },
    );
    created.push(data.ingestDocument.document.id);
    expect(data.ingestDocument.status).toBe("REPLACED");
    expect(data.ingestDocument.replaced).toEqual([created[0]]);
    const left = await db.read("MATCH (d:Document {source: $source}) RETURN collect(d.id) AS ids", {
      source,
    });
    expect(left.records[0].get("ids")).toEqual([data.ingestDocument.document.id]);
  });

  it("deletes a document with the key, and answers NOT_FOUND for one that is not stored", async () => {
    const id = created.at(-1)!;
    const data: Data = await queryData(api.graphqlUrl, DELETE, { id }, { "x-api-key": KEY });
    expect(data.deleteDocument.documentId).toBe(id);
    const stored = await db.read("MATCH (d:Document {id: $id}) RETURN count(d) AS n", { id });
    expect(stored.records[0].get("n")).toBe(0);
    const again = await postGraphQL(api.graphqlUrl, DELETE, { id }, { "x-api-key": KEY });
    expect(again.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});
