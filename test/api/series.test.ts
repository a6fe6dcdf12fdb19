/**
 * Series and rankings that never mix unlike figures, entities named by name, and the
 * analyst's questions of issue 13 answered on the seeds: over the real API and Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Data, postGraphQL, queryData } from "../support/api.js";
import {
  writeMixedFigures,
  ZY,
  ZY_BLOC,
  ZY_GROUP,
  ZY_MEMBER,
  ZY_NAME,
  ZY_OUTSIDER,
  ZY_TWINS,
} from "../support/mixed-figures.js";
import { useSeededApi } from "../support/seeded-api.js";
import { writesAmount, writesPercent } from "../support/written-forms.js";

const POINTS =
  "months unit variants { months unit points } edges { period { start end } value node { id changeOf baseline { start } } }";

describe("series, rankings and entity names", () => {
  const seeded = useSeededApi();
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    cleanup = await writeMixedFigures(seeded.db);
  });
  afterAll(async () => {
    await cleanup?.();
  });

  const ask = async (query: string) => (await queryData(seeded.api.graphqlUrl, query)) as Data;
  const fails = async (query: string) => {
    const { body } = await postGraphQL(seeded.api.graphqlUrl, query);
    expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0);
    return { code: body.errors?.[0].extensions?.code, message: body.errors?.[0].message ?? "" };
  };

  it("keeps a change series to year-on-year value changes of one period length", async () => {
    const data = await ask(
      `{ timeSeries(reporter: "${ZY}", flow: IMPORT, metric: CHANGE_PCT) { ${POINTS} } }`,
    );
    expect(data.timeSeries.edges.map((e: Data) => [e.period.start, e.value])).toEqual([
      ["2031-01", 5],
      ["2032-01", 10],
    ]);
    for (const e of data.timeSeries.edges) {
      expect(e.node.changeOf).toBe("VALUE");
      expect(e.node.baseline).toBeNull();
    }
    expect(data.timeSeries.months).toBe(6);
  });

  it("gives changes against another period or of volume only when asked", async () => {
    const against2019 = await ask(
      `{ timeSeries(reporter: "${ZY}", flow: IMPORT, metric: CHANGE_PCT, baseline: { start: "2019-01", end: "2019-06" }) { ${POINTS} } }`,
    );
    expect(against2019.timeSeries.edges.map((e: Data) => e.value)).toEqual([30]);
    const volume = await ask(
      `{ timeSeries(reporter: "${ZY}", flow: IMPORT, metric: CHANGE_PCT, changeOf: QUANTITY) { ${POINTS} } }`,
    );
    expect(volume.timeSeries.edges.map((e: Data) => e.value)).toEqual([-2]);
    const filtered = await ask(
      `{ tradeFacts(filter: { reporter: "${ZY}", changeOf: QUANTITY }) { edges { node { changePct changeOf } } } }`,
    );
    expect(filtered.tradeFacts.edges).toEqual([{ node: { changePct: -2, changeOf: "QUANTITY" } }]);
  });

  it("keeps a value series to one period length and currency, cumulative totals only when asked", async () => {
    const values = async (args: string) =>
      (
        await ask(
          `{ timeSeries(reporter: "${ZY}", flow: IMPORT, metric: VALUE${args}) { ${POINTS} } }`,
        )
      ).timeSeries;
    const byDefault = await values("");
    expect(byDefault.edges.map((e: Data) => e.value)).toEqual([100e9, 110e9]);
    expect([byDefault.months, byDefault.unit]).toEqual([6, "CNY"]);
    expect(byDefault.variants).toEqual([
      { months: 6, unit: "CNY", points: 2 },
      { months: 12, unit: "CNY", points: 1 },
      { months: 12, unit: "USD", points: 1 },
      { months: 132, unit: "CNY", points: 1 },
    ]);
    expect((await values(", months: 12")).edges.map((e: Data) => e.value)).toEqual([210e9]);
    expect((await values(", months: 12, currency: USD")).edges.map((e: Data) => e.value)).toEqual([
      30e9,
    ]);
    expect((await values(", months: 132")).edges.map((e: Data) => e.value)).toEqual([1.9e12]);
  });

  it("ranks countries and blocs by default and says which partners overlap", async () => {
    const rank = async (args: string) =>
      (
        await ask(
          `{ topPartners(reporter: "${ZY_NAME}", period: { start: "2031-01", end: "2031-06" }${args}) { rank partner { id } overlapsWith { id } membersKnown } }`,
        )
      ).topPartners;
    expect(await rank("")).toEqual([
      { rank: 1, partner: { id: ZY_BLOC }, overlapsWith: [{ id: ZY_MEMBER }], membersKnown: true },
      { rank: 2, partner: { id: ZY_MEMBER }, overlapsWith: [{ id: ZY_BLOC }], membersKnown: true },
      { rank: 3, partner: { id: ZY_OUTSIDER }, overlapsWith: [], membersKnown: true },
    ]);
    const everyKind = await rank(", kinds: null");
    expect(everyKind[0]).toEqual({
      rank: 1,
      partner: { id: ZY_GROUP },
      overlapsWith: [],
      membersKnown: false,
    });
    expect((await rank(", types: [COUNTRY]")).map((r: Data) => r.partner.id)).toEqual([
      ZY_MEMBER,
      ZY_OUTSIDER,
    ]);
  });

  it("answers China's top partners in H1 2021 as the seed text names them: ASEAN, the EU, the US", async () => {
    const data = await ask(
      `{ topPartners(reporter: "China", period: { start: "2021-01", end: "2021-06" }, limit: 3) { partner { id } overlapsWith { id } fact { quote } } }`,
    );
    expect(data.topPartners.map((r: Data) => r.partner.id)).toEqual([
      "region:asean",
      "region:european-union",
      "country:USA",
    ]);
    for (const r of data.topPartners) expect(r.overlapsWith).toEqual([]);
  });

  it("shows first, for China's trade with Belt and Road countries in H1 2021, the sentence with 5.35 trillion", async () => {
    const data = await ask(
      `{ tradeFacts(filter: { reporter: "China", partner: "Belt and Road countries", flows: [TOTAL], segmented: false, period: { start: "2021-01", end: "2021-06" } }) {
          edges { node { value { amount } sharePct quote evidence { quote states } } } } }`,
    );
    const [fact] = data.tradeFacts.edges.map((e: Data) => e.node);
    expect(fact.value.amount).toBe(5_350_000_000_000);
    expect(writesAmount(fact.quote, fact.value.amount)).toBe(true);
    expect(fact.evidence[0].states).toContain("VALUE");
    const share = fact.evidence.find((e: Data) => e.states.includes("SHARE"));
    expect(writesPercent(share.quote, fact.sharePct)).toBe(true);
  });

  it("resolves a name or alias where an id goes, and lists the candidates of an ambiguous one", async () => {
    const byName = await ask(
      `{ tradeFacts(filter: { reporter: "${ZY_NAME.toLowerCase()}" }) { totalCount } }`,
    );
    const byId = await ask(`{ tradeFacts(filter: { reporter: "${ZY}" }) { totalCount } }`);
    expect(byName.tradeFacts.totalCount).toBe(byId.tradeFacts.totalCount);
    expect(byId.tradeFacts.totalCount).toBeGreaterThan(0);
    const ambiguous = await fails(`{ tradeFacts(filter: { partner: "Zyport" }) { totalCount } }`);
    expect(ambiguous.code).toBe("BAD_USER_INPUT");
    for (const id of ZY_TWINS) expect(ambiguous.message).toContain(id);
    expect(ambiguous.message).toContain("filter.partner");
    const links = await ask(
      `{ policyLinks(filter: { subject: "zymember", predicates: [PART_OF] }) { edges { node { object { id } } } } }`,
    );
    expect(links.policyLinks.edges).toEqual([{ node: { object: { id: ZY_BLOC } } }]);
  });

  it("takes a name or alias where entity, neighborhood and path take an id", async () => {
    const one = await ask(`{ entity(id: "zymember") { id } }`);
    expect(one.entity).toEqual({ id: ZY_MEMBER });
    const near = await ask(`{ neighborhood(id: "zymember", hops: 1) { edges { node { id } } } }`);
    expect(near.neighborhood.edges.map((e: Data) => e.node.id)).toContain(ZY_BLOC);
    const route = await ask(`{ path(from: "zymember", to: "${ZY_BLOC}") { length } }`);
    expect(route.path.length).toBe(1);
    expect((await fails(`{ entity(id: "Nowhereland") { id } }`)).code).toBe("NOT_FOUND");
    expect((await fails(`{ neighborhood(id: "Zyport") { totalCount } }`)).code).toBe(
      "BAD_USER_INPUT",
    );
    expect((await ask(`{ entity(id: "country:ZZX") { id } }`)).entity).toBeNull();
  });

  it("answers NOT_FOUND for an unknown id or name in every trade and link query", async () => {
    for (const query of [
      `{ timeSeries(reporter: "country:ZZX", flow: IMPORT) { totalCount } }`,
      `{ topPartners(reporter: "Nowhereland", period: { start: "2031-01", end: "2031-06" }) { rank } }`,
      `{ tradeFacts(filter: { commodity: "commodity:zz-nothing" }) { totalCount } }`,
      `{ policyLinks(filter: { entity: "Nowhereland" }) { totalCount } }`,
    ]) {
      const error = await fails(query);
      expect(error.code, query).toBe("NOT_FOUND");
    }
  });
});
