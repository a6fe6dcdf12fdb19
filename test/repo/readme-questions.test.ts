/**
 * The README's "Questions an analyst asks" run as written against the seeded API, and answer
 * what the README says they answer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Data, queryData } from "../support/api.js";
import { PROJECT_ROOT } from "../support/cli.js";
import { useSeededApi } from "../support/seeded-api.js";

const README = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
const SECTION = README.split("### Questions an analyst asks")[1]?.split(/\n## /)[0] ?? "";

/** The indented GraphQL blocks of the section, in order. */
const queries = SECTION.split(/\n\n/)
  .filter((block) => block.startsWith("    {"))
  .map((block) => block.replace(/^ {4}/gm, ""));

describe("README: questions an analyst asks", () => {
  const seeded = useSeededApi();
  const ask = (i: number) => queryData(seeded.api.graphqlUrl, queries[i]) as Promise<Data>;

  it("shows three GraphQL questions", () => {
    expect(queries).toHaveLength(3);
  });

  it("ranks ASEAN, the EU and the US as China's top partners in H1 2021, none overlapping", async () => {
    const { topPartners } = await ask(0);
    expect(topPartners.map((r: Data) => [r.partner.name, r.value, r.overlapsWith])).toEqual([
      ["ASEAN", 2_660_000_000_000, []],
      ["European Union", 2_520_000_000_000, []],
      ["United States", 2_210_000_000_000, []],
    ]);
  });

  it("quotes the sentence with 5.35 trillion first for China's trade with Belt and Road countries", async () => {
    const [fact] = (await ask(1)).tradeFacts.edges.map((e: Data) => e.node);
    expect([fact.value.amount, fact.changePct, fact.sharePct]).toEqual([
      5_350_000_000_000, 27.5, 29.6,
    ]);
    expect(fact.quote).toContain("5.35 trillion yuan");
    expect(fact.evidence[0].states).toEqual(["VALUE", "CHANGE"]);
    expect(
      fact.evidence.some((e: Data) => e.quote.includes("29.6%") && e.states.includes("SHARE")),
    ).toBe(true);
  });

  it("keeps China's import values to half-years in yuan, naming the other lengths", async () => {
    const { timeSeries } = await ask(2);
    expect([timeSeries.months, timeSeries.unit]).toEqual([6, "CNY"]);
    for (const e of timeSeries.edges)
      expect([e.period.start.slice(5), e.period.end.slice(5)]).toEqual(["01", "06"]);
    expect(timeSeries.variants.map((v: Data) => v.months)).toContain(12);
    expect(timeSeries.edges.map((e: Data) => e.value)).toContain(8_220_000_000_000);
  });
});
