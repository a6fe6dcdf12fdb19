/**
 * A small hand-built document with exactly known entities, facts and links (ids under
 * "zz"), for tests that need exact counts, orders and pages; and the real seed briefings,
 * ingested through the real extractor, for tests that compare the API with the database.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type {
  Entity,
  EntityType,
  ExtractedDocument,
  PolicyFact,
  TradeFact,
} from "../../src/core/contract.js";
import type { Database } from "../../src/graph/database.js";
import { deleteStoredDocument, writeExtractedDocument } from "../../src/graph/documents.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";

export const TINY_DOC_ID = "doc:00000000000000a1";
export const REPORTER = "country:ZZQ";
export const PARTNERS = [
  "region:zz-r1",
  "region:zz-r2",
  "region:zz-r3",
  "region:zz-r4",
  "region:zz-r5",
];
export const WIDGETS = "commodity:zz-widgets";
export const AGENCY = "agency:zz-agency";
export const MEASURE = "measure:zz-measure";
export const ZONE = "zone:zz-zone";
/** Isolated from the rest: nothing links to it. */
export const LONER = "region:zz-loner";

const QUOTE = "Zedland's trade with each bloc grew.";

function entity(id: string, type: EntityType, name: string, kind: string | null = null): Entity {
  return { id, type, name, kind, codes: {}, aliases: [name], mentions: [{ start: 0, end: 4 }] };
}

function fact(id: string, overrides: Partial<TradeFact>): TradeFact {
  return {
    id,
    reporter: REPORTER,
    partner: null,
    commodity: null,
    flow: "TOTAL",
    segment: null,
    period: { start: "2030-01", end: "2030-06" },
    value: null,
    quantity: null,
    price: null,
    changePct: null,
    baseline: null,
    sharePct: null,
    evidence: { start: 0, end: QUOTE.length, quote: QUOTE },
    speaker: "Test Speaker",
    ...overrides,
  };
}

function link(
  id: string,
  subject: string,
  predicate: PolicyFact["predicate"],
  object: string,
): PolicyFact {
  return {
    id,
    subject,
    predicate,
    object,
    evidence: { start: 0, end: 10, quote: `${subject} ${predicate} ${object}` },
    speaker: null,
  };
}

export function tinyDocument(): ExtractedDocument {
  return {
    contract: "trade-kg/extraction@1",
    document: {
      id: TINY_DOC_ID,
      source: "test/zz-tiny.txt",
      title: "Zedland test briefing",
      date: "2030-07-15",
      speakers: ["Test Speaker"],
      extractor: "trade-kg test",
    },
    entities: [
      entity(REPORTER, "Country", "Zedland Testrepublic"),
      ...PARTNERS.map((id, i) => entity(id, "Region", `Zedbloc ${i + 1}`, "TEST_BLOC")),
      entity(WIDGETS, "Commodity", "Zedwidgets"),
      entity(AGENCY, "Agency", "Zed Customs Agency", "GOVERNMENT"),
      entity(MEASURE, "Measure", "Zed Opening Plan"),
      entity(ZONE, "Zone", "Zed Free Zone", "FREE_TRADE_ZONE"),
      entity(LONER, "Region", "Zed Loner Bloc", "TEST_BLOC"),
    ],
    tradeFacts: [
      // one fact per partner, values 1e12 … 5e12 CNY, half-year 2030
      ...PARTNERS.map((partner, i) =>
        fact(`tf:zz0000000000000${i + 1}`, {
          partner,
          value: { amount: (i + 1) * 1e12, currency: "CNY" },
          changePct: 10 - i,
          changeOf: "VALUE",
        }),
      ),
      // a world series: Q1, H1 and the year 2030
      fact("tf:zz00000000000w01", {
        period: { start: "2030-01", end: "2030-03" },
        value: { amount: 7e12, currency: "CNY" },
      }),
      fact("tf:zz00000000000w02", {
        period: { start: "2030-01", end: "2030-06" },
        value: { amount: 15e12, currency: "CNY" },
      }),
      fact("tf:zz00000000000w03", {
        period: { start: "2030-01", end: "2030-12" },
        value: { amount: 31e12, currency: "CNY" },
      }),
      // exports of widgets, segmented by trade mode
      fact("tf:zz00000000000c01", {
        flow: "EXPORT",
        commodity: WIDGETS,
        segment: { dimension: "TRADE_MODE", value: "PROCESSING" },
        quantity: { amount: 12.5, unit: "TONNE" },
      }),
    ],
    policyFacts: [
      link("pf:zz00000000000001", AGENCY, "ISSUED", MEASURE),
      link("pf:zz00000000000002", MEASURE, "APPLIES_TO", ZONE),
      link("pf:zz00000000000003", ZONE, "PART_OF", PARTNERS[0]),
      link("pf:zz00000000000004", AGENCY, "COOPERATES_WITH", PARTNERS[1]),
    ],
  };
}

export async function writeTinyGraph(db: Database): Promise<() => Promise<void>> {
  await deleteStoredDocument(db, TINY_DOC_ID);
  await writeExtractedDocument(db, tinyDocument());
  return async () => {
    await deleteStoredDocument(db, TINY_DOC_ID);
  };
}

const ROOT = resolve(import.meta.dirname, "../..");
export const SEED_FILES = ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"];

/**
 * Ingests the seed briefings; the returned cleanup deletes only the documents this call
 * created, so a graph that held them before is left as it was.
 */
export async function ingestSeeds(
  db: Database,
): Promise<{ ids: string[]; cleanup: () => Promise<void> }> {
  const ids: string[] = [];
  const created: string[] = [];
  for (const file of SEED_FILES) {
    const result = await ingestDocument(db, {
      bytes: readFileSync(resolve(ROOT, file)),
      source: file,
    });
    ids.push(result.documentId);
    if (result.status !== "unchanged") created.push(result.documentId);
  }
  return {
    ids,
    cleanup: async () => {
      for (const id of created) await deleteStoredDocument(db, id);
    },
  };
}
