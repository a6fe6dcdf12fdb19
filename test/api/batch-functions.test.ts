/**
 * The DataLoader batch functions (src/graph/reads) answer in the order of their keys, with
 * a null, zero or empty page for keys that match nothing, and duplicates answered alike:
 * DataLoader relies on it to hand each parent its own rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentsMentioning } from "../../src/graph/reads/document-reads.js";
import { entitiesByIds } from "../../src/graph/reads/entities.js";
import { policyLinksByAnchor } from "../../src/graph/reads/policy-links.js";
import { countTradeFactsByAnchor, tradeFactsByAnchor } from "../../src/graph/reads/trade-facts.js";
import { openTestDatabase } from "../support/database.js";
import {
  AGENCY,
  PARTNERS,
  REPORTER,
  TINY_DOC_ID,
  WIDGETS,
  writeTinyGraph,
} from "../support/tiny-graph.js";

describe("batch functions", () => {
  const db = openTestDatabase();
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    cleanup = await writeTinyGraph(db);
  });
  afterAll(async () => {
    await cleanup();
    await db.close();
  });

  it("load entities in key order in one statement, null for unknown ids, duplicates alike", async () => {
    const counter = { statements: 0 };
    const ids = [WIDGETS, "country:ZZZ", REPORTER, WIDGETS, AGENCY];
    const rows = await entitiesByIds(db, ids, { counter });
    expect(rows.map((r) => r?.id ?? null)).toEqual([WIDGETS, null, REPORTER, WIDGETS, AGENCY]);
    expect(rows[2]?.type).toBe("Country");
    expect(counter.statements).toBe(1);
  });

  it("page each parent's facts separately, in key order, keyset after each parent's cursor", async () => {
    const counter = { statements: 0 };
    const keys = [
      { id: PARTNERS[2], after: null },
      { id: REPORTER, after: "tf:zz00000000000003" },
      { id: "region:zz-nothing", after: null },
      { id: PARTNERS[0], after: null },
    ];
    const pages = await tradeFactsByAnchor(db, "REPORTER", keys.slice(1, 2), 3, { counter });
    expect(pages[0].rows.map((r) => r.id)).toEqual([
      "tf:zz00000000000004",
      "tf:zz00000000000005",
      "tf:zz00000000000c01",
    ]);
    expect(pages[0].hasNextPage).toBe(true);
    const partners = await tradeFactsByAnchor(db, "PARTNER", keys, 2, { counter });
    expect(partners.map((p) => p.rows.map((r) => r.id))).toEqual([
      ["tf:zz00000000000003"],
      [],
      [],
      ["tf:zz00000000000001"],
    ]);
    expect(counter.statements).toBe(2);
    expect(await countTradeFactsByAnchor(db, "REPORTER", [WIDGETS, REPORTER, REPORTER])).toEqual([
      0, 9, 9,
    ]);
  });

  it("page links and mentions per parent in key order", async () => {
    const links = await policyLinksByAnchor(
      db,
      "OUT",
      null,
      [
        { id: PARTNERS[0], after: null },
        { id: AGENCY, after: null },
      ],
      10,
    );
    expect(links.map((p) => p.rows.map((r) => r.predicate))).toEqual([
      [],
      ["ISSUED", "COOPERATES_WITH"],
    ]);
    const docs = await documentsMentioning(
      db,
      [
        { id: "region:zz-nothing", after: null },
        { id: AGENCY, after: null },
      ],
      5,
    );
    expect(docs.map((p) => p.rows.map((r) => r.id))).toEqual([[], [TINY_DOC_ID]]);
  });
});
