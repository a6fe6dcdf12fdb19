import { describe, expect, it } from "vitest";
import { TradeKgError } from "../../src/core/errors.js";
import { parseFormat, parseSelection } from "../../src/export/selection.js";

describe("parseSelection", () => {
  it("defaults to everything, both edge kinds, the stored view", () => {
    expect(parseSelection({})).toEqual({
      center: null,
      hops: 0,
      documentId: null,
      entityTypes: null,
      edgeKinds: ["trade", "policy"],
      periodStart: null,
      periodEnd: null,
      flow: null,
      view: "facts",
      includeGroups: false,
    });
  });

  it("reads a centre with hops, types, edge kinds, a period and a flow", () => {
    expect(
      parseSelection({
        center: "country:CHN",
        hops: "2",
        types: "Country,Region",
        edges: "trade",
        from: "2021-01",
        to: "2021-06",
        flow: "export",
        view: "entities",
      }),
    ).toEqual({
      center: "country:CHN",
      hops: 2,
      documentId: null,
      entityTypes: ["Country", "Region"],
      edgeKinds: ["trade"],
      periodStart: "2021-01",
      periodEnd: "2021-06",
      flow: "EXPORT",
      view: "entities",
      includeGroups: false,
    });
  });

  it("reads the network view and includeGroups", () => {
    expect(parseSelection({ view: "network" }).includeGroups).toBe(false);
    expect(parseSelection({ view: "network", includeGroups: "TRUE" }).includeGroups).toBe(true);
    expect(parseSelection({ view: "network", includeGroups: true }).view).toBe("network");
  });

  it("reads a period as YYYY-MM/YYYY-MM or {start, end}, either end open, the same as from/to", () => {
    const span = (raw: Parameters<typeof parseSelection>[0]) => {
      const { periodStart, periodEnd } = parseSelection(raw);
      return [periodStart, periodEnd];
    };
    expect(span({ period: "2021-01/2021-06" })).toEqual(["2021-01", "2021-06"]);
    expect(span({ period: { start: "2021-01", end: "2021-06" } })).toEqual(["2021-01", "2021-06"]);
    expect(span({ period: "2021-01/" })).toEqual(["2021-01", null]);
    expect(span({ period: "/2021-06" })).toEqual([null, "2021-06"]);
    expect(span({ from: "2021-01", to: "2021-06" })).toEqual(span({ period: "2021-01/2021-06" }));
  });

  it.each([
    [{ center: "country:CHN", hops: "4" }, /hops: expected an integer from 0 to 3, got "4"/],
    [{ center: "country:CHN", hops: -1 }, /hops: expected an integer from 0 to 3, got -1/],
    [{ center: "country:CHN", hops: "1.5" }, /hops: expected an integer from 0 to 3/],
    [{ hops: "1" }, /hops needs a center/],
    [{ center: "China" }, /center: expected an entity id such as country:CHN, got "China"/],
    [{ document: "doc:xyz" }, /document: expected a document id/],
    [{ center: "country:CHN", document: "doc:0123456789abcdef" }, /either center .* or document/],
    [{ types: "Country,Planet" }, /types: expected entity types among .*, got "Planet"/],
    [
      { edges: "trade,friendship" },
      /edges: expected trade, policy, mentions, comma-separated, got "friendship"/,
    ],
    [{ from: "2021-13" }, /from: expected a month YYYY-MM, got "2021-13"/],
    [{ from: "2021-07", to: "2021-06" }, /period 2021-07\/2021-06 is empty/],
    [{ period: "2021-07/2021-06" }, /period 2021-07\/2021-06 is empty/],
    [{ period: "2021-01..2021-06" }, /period: expected YYYY-MM\/YYYY-MM, got "2021-01..2021-06"/],
    [{ period: "2021-01/2021-13" }, /period end: expected a month YYYY-MM, got "2021-13"/],
    [{ period: "2021-01/2021-06", from: "2021-01" }, /period, or the older from\/to, not both/],
    [{ flow: "SIDEWAYS" }, /flow: expected TOTAL, EXPORT, IMPORT, BALANCE, got "SIDEWAYS"/],
    [{ view: "pretty" }, /view: expected facts .*, entities .* or network/],
    [{ view: "network", includeGroups: "yes" }, /includeGroups: expected true or false, got "yes"/],
    [{ includeGroups: "true" }, /includeGroups applies to the network view/],
  ])("refuses %j with BAD_USER_INPUT saying what was expected", (raw, message) => {
    const error = (() => {
      try {
        parseSelection(raw);
      } catch (e) {
        return e;
      }
    })() as TradeKgError;
    expect(error).toBeInstanceOf(TradeKgError);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(message);
  });

  it("knows the four formats and refuses others", () => {
    expect(parseFormat("GraphML")).toBe("graphml");
    expect(() => parseFormat("xlsx")).toThrow(
      /format: expected json, graphml, csv, parquet, neo4j-csv, cypher, got "xlsx"/,
    );
  });
});
