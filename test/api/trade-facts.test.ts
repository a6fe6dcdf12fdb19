import { describe, expect, it } from "vitest";
import type { Data } from "../support/api.js";
import { queryData } from "../support/api.js";
import { useSeededApi } from "../support/seeded-api.js";
import { PARTNERS, REPORTER, TINY_DOC_ID, WIDGETS } from "../support/tiny-graph.js";

const FACT_FIELDS = `id flow period { start end } value { amount currency } quantity { amount unit }
  changePct sharePct segment { dimension value } baseline { start end }
  reporter { id } partner { id } commodity { id } quote document { id }
  evidence { quote start end speaker document { id } }`;

describe("trade fact queries", () => {
  const seeded = useSeededApi();
  const { db } = seeded;

  it("returns a fact with its entities, numbers, period, segment and the sentence behind it", async () => {
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ tradeFacts(filter: { commodity: "${WIDGETS}" }) { edges { node { ${FACT_FIELDS} } } } }`,
    );
    expect(data.tradeFacts.edges).toEqual([
      {
        node: {
          id: "tf:zz00000000000c01",
          flow: "EXPORT",
          period: { start: "2030-01", end: "2030-06" },
          value: null,
          quantity: { amount: 12.5, unit: "TONNE" },
          changePct: null,
          sharePct: null,
          segment: { dimension: "TRADE_MODE", value: "PROCESSING" },
          baseline: null,
          reporter: { id: REPORTER },
          partner: null,
          commodity: { id: WIDGETS },
          quote: "Zedland's trade with each bloc grew.",
          document: { id: TINY_DOC_ID },
          evidence: [
            {
              quote: "Zedland's trade with each bloc grew.",
              start: 0,
              end: 36,
              speaker: "Test Speaker",
              document: { id: TINY_DOC_ID },
            },
          ],
        },
      },
    ]);
  });

  it("filters by reporter, partner, flow, segment, period range, value range and document", async () => {
    const ids = async (filter: string) => {
      const data: Data = await queryData(
        seeded.api.graphqlUrl,
        `{ tradeFacts(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`,
      );
      expect(data.tradeFacts.totalCount).toBe(data.tradeFacts.edges.length);
      return data.tradeFacts.edges.map((e: Data) => e.node.id);
    };
    expect(await ids(`{ reporter: "${REPORTER}", partner: "${PARTNERS[2]}" }`)).toEqual([
      "tf:zz00000000000003",
    ]);
    expect(await ids(`{ reporter: "${REPORTER}", flows: [EXPORT] }`)).toEqual([
      "tf:zz00000000000c01",
    ]);
    expect(
      await ids(
        `{ segmentDimension: TRADE_MODE, segmentValue: "PROCESSING", document: "${TINY_DOC_ID}" }`,
      ),
    ).toEqual(["tf:zz00000000000c01"]);
    expect(
      await ids(
        `{ reporter: "${REPORTER}", segmented: false, period: { start: "2030-01", end: "2030-03" } }`,
      ),
    ).toEqual(["tf:zz00000000000w01"]);
    expect(
      await ids(`{ reporter: "${REPORTER}", valueMin: 2e12, valueMax: 4e12, currency: CNY }`),
    ).toEqual(["tf:zz00000000000002", "tf:zz00000000000003", "tf:zz00000000000004"]);
    expect(await ids(`{ document: "${TINY_DOC_ID}" }`)).toHaveLength(9);
  });

  it("answers a seed document's facts as the database stores them", async () => {
    const docId = seeded.seedIds[1];
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ tradeFacts(filter: { document: "${docId}", reporter: "country:CHN" }, first: 100) { totalCount edges { node { id flow value { amount } reporter { id } } } } }`,
    );
    const stored = await db.read(
      `MATCH (f:TradeFact)-[:STATED_IN]->(:Document {id: $doc}), (f)-[:REPORTER]->(:Entity {id: 'country:CHN'})
       RETURN f.id AS id, f.flow AS flow, f.valueAmount AS amount ORDER BY id`,
      { doc: docId },
    );
    expect(data.tradeFacts.totalCount).toBe(stored.records.length);
    expect(
      data.tradeFacts.edges.map((e: Data) => ({
        id: e.node.id,
        flow: e.node.flow,
        amount: e.node.value?.amount ?? null,
      })),
    ).toEqual(
      stored.records
        .slice(0, 100)
        .map((r) => ({ id: r.get("id"), flow: r.get("flow"), amount: r.get("amount") ?? null })),
    );
  });

  it("orders by value descending and pages through the order with keyset cursors", async () => {
    const query = `query($after: String) { tradeFacts(filter: { reporter: "${REPORTER}" }, orderBy: { field: VALUE, direction: DESC }, first: 3, after: $after) {
      edges { node { id value { amount } } } pageInfo { hasNextPage endCursor } } }`;
    const seen: (number | null)[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const data: Data = await queryData(seeded.api.graphqlUrl, query, { after });
      seen.push(...data.tradeFacts.edges.map((e: Data) => e.node.value?.amount ?? null));
      if (!data.tradeFacts.pageInfo.hasNextPage) break;
      after = data.tradeFacts.pageInfo.endCursor;
    }
    expect(seen).toEqual([31e12, 15e12, 7e12, 5e12, 4e12, 3e12, 2e12, 1e12, null]);
  });

  it("pages by id descending without repeats or gaps", async () => {
    const query = `query($after: String) { tradeFacts(filter: { document: "${TINY_DOC_ID}" }, orderBy: { field: ID, direction: DESC }, first: 4, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const data: Data = await queryData(seeded.api.graphqlUrl, query, { after });
      ids.push(...data.tradeFacts.edges.map((e: Data) => e.node.id));
      if (!data.tradeFacts.pageInfo.hasNextPage) break;
      after = data.tradeFacts.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(9);
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it("orders by period ascending", async () => {
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ tradeFacts(filter: { reporter: "${REPORTER}", partner: null, segmented: false, valueMin: 6e12 }, orderBy: { field: PERIOD }) { edges { node { period { end } } } } }`,
    );
    expect(data.tradeFacts.edges.map((e: Data) => e.node.period.end)).toEqual([
      "2030-03",
      "2030-06",
      "2030-12",
    ]);
  });

  it("gives one time series of one period length, for the world when no partner is named", async () => {
    const series = async (months: number) => {
      const data: Data = await queryData(
        seeded.api.graphqlUrl,
        `{ timeSeries(reporter: "${REPORTER}", flow: TOTAL, metric: VALUE, months: ${months}) { totalCount months unit variants { months unit points } edges { period { start end } value node { id } } } }`,
      );
      return data.timeSeries;
    };
    const quarter = await series(3);
    expect(quarter.variants).toEqual([
      { months: 3, unit: "CNY", points: 1 },
      { months: 6, unit: "CNY", points: 1 },
      { months: 12, unit: "CNY", points: 1 },
    ]);
    expect(quarter.edges.map((e: Data) => [e.period.end, e.value, e.node.id])).toEqual([
      ["2030-03", 7e12, "tf:zz00000000000w01"],
    ]);
    expect((await series(6)).edges.map((e: Data) => e.node.id)).toEqual(["tf:zz00000000000w02"]);
    const year = await series(12);
    expect([year.totalCount, year.months, year.unit]).toEqual([1, 12, "CNY"]);
    const partner: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ timeSeries(reporter: "${REPORTER}", partner: "${PARTNERS[0]}", flow: TOTAL, metric: CHANGE_PCT) { edges { value } } }`,
    );
    expect(partner.timeSeries.edges).toEqual([{ value: 10 }]);
  });

  it("gives the seeded series of China's trade with a partner as the database holds it", async () => {
    const stored = await db.read(
      `MATCH (f:TradeFact {flow: 'TOTAL'})-[:REPORTER]->(:Entity {id: 'country:CHN'})
       MATCH (f)-[:PARTNER]->(p:Entity)
       WHERE f.valueAmount IS NOT NULL AND f.segmentDimension IS NULL AND NOT EXISTS { (f)-[:COMMODITY]->() }
       RETURN p.id AS partner, count(f) AS n ORDER BY n DESC, partner LIMIT 1`,
    );
    if (stored.records.length === 0) return; // the extractor found no partner series yet
    const partner = stored.records[0].get("partner");
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ timeSeries(reporter: "country:CHN", partner: "${partner}", flow: TOTAL, first: 100) { totalCount months variants { points } edges { period { start end } } } }`,
    );
    const stated = data.timeSeries.variants.reduce((sum: number, v: Data) => sum + v.points, 0);
    expect(stated).toBeLessThanOrEqual(Number(stored.records[0].get("n")));
    expect(data.timeSeries.totalCount).toBe(data.timeSeries.edges.length);
    const periods = data.timeSeries.edges.map((e: Data) => `${e.period.start}/${e.period.end}`);
    expect([...periods].sort()).toEqual(periods);
  });

  it("ranks a reporter's partners for one period by value, largest first", async () => {
    const data: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ topPartners(reporter: "${REPORTER}", period: { start: "2030-01", end: "2030-06" }, flow: TOTAL, by: VALUE, limit: 3, kinds: ["TEST_BLOC"]) {
          rank value partner { id } fact { id } } }`,
    );
    expect(data.topPartners).toEqual([
      { rank: 1, value: 5e12, partner: { id: PARTNERS[4] }, fact: { id: "tf:zz00000000000005" } },
      { rank: 2, value: 4e12, partner: { id: PARTNERS[3] }, fact: { id: "tf:zz00000000000004" } },
      { rank: 3, value: 3e12, partner: { id: PARTNERS[2] }, fact: { id: "tf:zz00000000000003" } },
    ]);
    const byChange: Data = await queryData(
      seeded.api.graphqlUrl,
      `{ topPartners(reporter: "${REPORTER}", period: { start: "2030-01", end: "2030-06" }, by: CHANGE_PCT, limit: 1, kinds: null) { partner { id } value } }`,
    );
    expect(byChange.topPartners).toEqual([{ partner: { id: PARTNERS[0] }, value: 10 }]);
  });
});
