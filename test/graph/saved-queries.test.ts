/**
 * Every saved analyst query in cypher/queries runs against the seeded graph, and its rows
 * agree with the same question answered in plain TypeScript over the extractor's output.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entity, ExtractedDocument, TradeFact } from "../../src/core/contract.js";
import { extractDocument } from "../../src/extract/extract-document.js";
import { deleteStoredDocument, writeExtractedDocument } from "../../src/graph/documents.js";
import { listSavedQueries, parseSavedQuery, runSavedQuery } from "../../src/graph/saved-queries.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { openTestDatabase } from "../support/database.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"];
const queries = Object.fromEntries(listSavedQueries().map((q) => [q.name, q]));
const db = openTestDatabase();
let extracted: ExtractedDocument[] = [];
let facts: TradeFact[] = [];

beforeAll(async () => {
  extracted = SEEDS.map((path) => extractDocument(readFileSync(resolve(ROOT, path)), path));
  for (const path of SEEDS)
    await ingestDocument(db, { bytes: readFileSync(resolve(ROOT, path)), source: path });
  facts = [...new Map(extracted.flatMap((d) => d.tradeFacts).map((f) => [f.id, f])).values()];
});
afterAll(() => db.close());

/** A hand-built document with known policy links, so the zone query has an exact answer. */
const evidence = { start: 0, end: 6, quote: "Sample" };
const entity = (id: string, type: Entity["type"], name: string): Entity => ({
  id,
  type,
  name,
  kind: null,
  codes: {},
  aliases: [name],
  mentions: [],
});
const POLICY_SAMPLE: ExtractedDocument = {
  contract: "trade-kg/extraction@1",
  document: {
    id: "doc:00000000000000aa",
    source: "fixtures/policy-sample",
    title: "Sample",
    date: "2024-01-01",
    speakers: [],
    extractor: "test",
  },
  entities: [
    entity("zone:sample-bonded-zone", "Zone", "Sample Bonded Zone"),
    entity("measure:sample-bonded-repair", "Measure", "Sample bonded repair"),
    entity("measure:sample-one-window", "Measure", "Sample one window"),
    entity("agency:sample-customs", "Agency", "Sample Customs"),
    entity("agency:sample-ministry", "Agency", "Sample Ministry"),
  ],
  tradeFacts: [],
  policyFacts: [
    {
      id: "pf:1",
      subject: "measure:sample-bonded-repair",
      predicate: "APPLIES_TO",
      object: "zone:sample-bonded-zone",
      evidence,
      speaker: null,
    },
    {
      id: "pf:2",
      subject: "measure:sample-one-window",
      predicate: "APPLIES_TO",
      object: "zone:sample-bonded-zone",
      evidence,
      speaker: null,
    },
    {
      id: "pf:3",
      subject: "agency:sample-customs",
      predicate: "IMPLEMENTS",
      object: "measure:sample-bonded-repair",
      evidence,
      speaker: null,
    },
    {
      id: "pf:4",
      subject: "agency:sample-ministry",
      predicate: "ISSUED",
      object: "measure:sample-bonded-repair",
      evidence,
      speaker: null,
    },
  ],
};

const run = (name: string, params: Record<string, unknown>) =>
  runSavedQuery(db, queries[name], params);
const wholeTrade = (f: TradeFact) => f.commodity === null && f.segment === null;

describe("saved queries", () => {
  it("are at least eight, each with a description, documented parameters and an example that runs", async () => {
    expect(Object.keys(queries).length).toBeGreaterThanOrEqual(8);
    for (const query of Object.values(queries)) {
      expect(query.description.length, query.name).toBeGreaterThan(20);
      const used = [...new Set([...query.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();
      expect(
        query.params.map((p) => p.name).sort(),
        `${query.name} documents every parameter`,
      ).toEqual(used);
      expect(Object.keys(query.example).sort(), `${query.name} example`).toEqual(used);
      await expect(run(query.name, query.example)).resolves.toBeInstanceOf(Array);
    }
  });

  it("answers each query's own example with rows on the seeds", async () => {
    for (const query of Object.values(queries)) {
      const rows = await run(query.name, query.example);
      expect(rows.length, `${query.name} with ${JSON.stringify(query.example)}`).toBeGreaterThan(0);
    }
  });

  it("parses a header into description, parameters and example", () => {
    const query = parseSavedQuery(
      "q",
      '// Answers one thing.\n// @param id  an entity id\n// @example {"id": "country:CHN"}\nMATCH (e {id: $id}) RETURN e\n',
    );
    expect(query).toEqual({
      name: "q",
      description: "Answers one thing.",
      params: [{ name: "id", description: "an entity id" }],
      example: { id: "country:CHN" },
      cypher: "MATCH (e {id: $id}) RETURN e",
    });
  });

  it("top-partners ranks countries and blocs by their largest stated value, as the extraction does", async () => {
    const kinds = new Map(
      extracted.flatMap((d) => d.entities).map((e) => [e.id, e.type === "Country" ? "" : e.kind]),
    );
    const valued = facts.filter(
      (f) =>
        f.reporter === "country:CHN" &&
        f.partner &&
        f.value &&
        f.baseline === null &&
        ["", "ECONOMIC_BLOC"].includes(kinds.get(f.partner) ?? "-") &&
        wholeTrade(f),
    );
    expect(valued.length).toBeGreaterThan(0);
    const { flow, period } = valued[0];
    const best = new Map<string, number>();
    for (const f of valued.filter(
      (v) => v.flow === flow && v.period.start === period.start && v.period.end === period.end,
    )) {
      best.set(f.partner!, Math.max(best.get(f.partner!) ?? 0, f.value!.amount));
    }
    const expected = [...best.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5);
    const rows = await run("top-partners", { reporter: "country:CHN", flow, period, limit: 5 });
    expect(rows.map((r) => [r.partner, r.value])).toEqual(expected);
    for (const row of rows)
      expect([row.periodStart, row.periodEnd]).toEqual([period.start, period.end]);
  });

  it("partner-time-series lists every whole-trade figure with one partner, in period order, with its quote", async () => {
    const withPartner = facts.filter(
      (f) => f.reporter === "country:CHN" && f.partner && wholeTrade(f),
    );
    const { partner, flow } = withPartner[0];
    const expected = withPartner.filter((f) => f.partner === partner && f.flow === flow);
    const rows = await run("partner-time-series", { reporter: "country:CHN", partner, flow });
    expect(rows.map((r) => r.fact).sort()).toEqual(expected.map((f) => f.id).sort());
    const periods = rows.map((r) => `${r.periodStart}..${r.periodEnd}`);
    expect(periods).toEqual([...periods].sort());
    for (const row of rows) expect(typeof row.quote).toBe("string");
  });

  it("commodities-imported returns the import figures by commodity inside the window", async () => {
    const expected = facts.filter(
      (f) =>
        f.flow === "IMPORT" &&
        f.reporter === "country:CHN" &&
        f.commodity &&
        f.period.start >= "2012-01" &&
        f.period.end <= "2030-12",
    );
    const rows = await run("commodities-imported", {
      reporter: "country:CHN",
      period: { start: "2012-01", end: "2030-12" },
    });
    expect(rows.map((r) => r.fact).sort()).toEqual(expected.map((f) => f.id).sort());
    const partnerOf = new Map(expected.map((f) => [f.id, f.partner]));
    for (const row of rows)
      expect(row.partner, String(row.fact)).toBe(partnerOf.get(row.fact as string));
    expect(rows.some((r) => r.partner !== null)).toBe(true);
    const values = rows.map((r) => r.value).filter((v) => v !== null) as number[];
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("measures-for-zone names each measure applying to a zone and who implements or issued it", async () => {
    await writeExtractedDocument(db, POLICY_SAMPLE);
    try {
      const rows = await run("measures-for-zone", { zone: "zone:sample-bonded-zone" });
      expect(rows.map((r) => [r.measure, [...(r.implementedBy as string[])].sort()])).toEqual([
        ["measure:sample-bonded-repair", ["agency:sample-customs", "agency:sample-ministry"]],
        ["measure:sample-one-window", []],
      ]);
      // And on the seeds, whatever zones they link, the query agrees with the extraction.
      const links = extracted.flatMap((d) => d.policyFacts);
      const zones = new Set(
        extracted.flatMap((d) => d.entities.filter((e) => e.type === "Zone").map((e) => e.id)),
      );
      const partOf = (zone: string) =>
        links.filter((l) => l.predicate === "PART_OF" && l.subject === zone).map((l) => l.object);
      for (const zone of zones) {
        const above = [zone, ...partOf(zone), ...partOf(zone).flatMap(partOf)];
        const measures = new Set(
          links
            .filter((l) => l.predicate === "APPLIES_TO" && above.includes(l.object))
            .filter((l) => zones.has(l.object))
            .map((l) => l.subject),
        );
        const seeded = await run("measures-for-zone", { zone });
        expect(new Set(seeded.map((r) => r.measure))).toEqual(measures);
      }
    } finally {
      await deleteStoredDocument(db, POLICY_SAMPLE.document.id);
    }
  });

  it("document-statements returns every fact and link of one document, in text order", async () => {
    const doc = extracted[0];
    const rows = await run("document-statements", { documentId: doc.document.id });
    const factIds = new Set(doc.tradeFacts.map((f) => f.id));
    expect(
      rows
        .filter((r) => r.kind === "TradeFact")
        .map((r) => r.id)
        .sort(),
    ).toEqual([...factIds].sort());
    expect(rows.filter((r) => r.kind === "PolicyLink")).toHaveLength(doc.policyFacts.length);
    const starts = rows.map((r) => r.start as number);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("figure-sentences returns every sentence behind a figure, each the text at its offsets", async () => {
    const doc = extracted[1];
    const text = readFileSync(resolve(ROOT, SEEDS[1]), "utf8").replace(/^\uFEFF/, "");
    const fact = doc.tradeFacts.find((f) => (f.moreEvidence ?? []).length > 0)!;
    const rows = (await run("figure-sentences", { factId: fact.id })).filter(
      (r) => r.document === doc.document.id,
    );
    expect(rows).toHaveLength(1 + (fact.moreEvidence ?? []).length);
    expect(rows.filter((r) => r.lead)).toHaveLength(1);
    for (const row of rows) {
      expect(row.quote).toBe(text.slice(row.start as number, row.end as number));
      expect(row.speaker).toBe(fact.speaker);
    }
    const stated = [fact.evidence, ...(fact.moreEvidence ?? [])].map((e) => e.start).sort();
    expect(rows.map((r) => r.start as number).sort()).toEqual(stated);
  });

  it("shared-entities lists the entities both seeds mention", async () => {
    const [a, b] = extracted.map((d) => new Set(d.entities.map((e) => e.id)));
    const both = [...a].filter((id) => b.has(id)).sort();
    const rows = await run("shared-entities", { minDocuments: 2 });
    const seedIds = new Set(extracted.map((d) => d.document.id));
    const found = rows
      .filter((r) => (r.documents as string[]).filter((id) => seedIds.has(id)).length === 2)
      .map((r) => r.entity);
    expect([...found].sort()).toEqual(both);
  });

  it("shortest-path connects a reporter to a partner of one of its facts in two hops", async () => {
    const fact = facts.find((f) => f.partner)!;
    const rows = await run("shortest-path", { from: fact.reporter, to: fact.partner });
    expect(rows).toHaveLength(1);
    expect(rows[0].hops).toBe(2);
    expect(rows[0].relationships).toEqual(["REPORTER", "PARTNER"]);
  });
});
