import { describe, expect, it } from "vitest";
import { referenceGazetteer } from "../../../src/extract/entities/index.js";
import { phraseKey, tokenize } from "../../../src/extract/tokens.js";

const g = referenceGazetteer();
const cases: Array<[string, string]> = [
  ["the U.S.", "country:USA"],
  ["US", "country:USA"],
  ["United States", "country:USA"],
  ["UK", "country:GBR"],
  ["Hong Kong", "country:HKG"],
  ["Vietnam", "country:VNM"],
  ["South Korea", "country:KOR"],
  ["Association of Southeast Asian Nations", "region:asean"],
  ["ASEAN countries", "region:asean"],
  ["countries along the Belt and Road", "region:belt-and-road-countries"],
  ["BRICS", "region:brics"],
  ["mutual recognition of AEOs", "measure:aeo-mutual-recognition"],
  ["AEO MRA", "measure:aeo-mutual-recognition"],
  ["Latin America", "region:latin-america"],
  ["Guangxi Zhuang Autonomous Region", "region:CN-GX"],
  ["Chongqing Municipality", "region:CN-CQ"],
  ["Shaanxi province", "region:CN-SN"],
  ["comprehensive bonded zones", "zone:comprehensive-bonded-zones"],
  ["iron ore", "commodity:iron-ore"],
  ["automatic data processing equipment and its parts", "commodity:computers"],
  ["labor-intensive products", "commodity:labour-intensive-products"],
  ["General Administration of Customs", "agency:gacc"],
  ["World Customs Organization", "agency:wco"],
  ["two-step declaration", "measure:two-step-declaration"],
];

describe("referenceGazetteer", () => {
  it.each(cases)("%s → %s", (surface, id) => {
    const text = `Trade with ${surface} grew.`;
    const hits = g.match(text, tokenize(text));
    expect(hits.map((h) => h.entity.id)).toContain(id);
  });

  it("gives countries their ISO codes from i18n-iso-countries", () => {
    expect(g.entities.get("country:USA")?.codes).toEqual({ iso3: "USA", iso2: "US", m49: "840" });
  });

  it("does not read the pronoun 'us' or the bird 'turkey' as countries", () => {
    const text = "Let us eat turkey.";
    expect(g.match(text, tokenize(text))).toEqual([]);
  });

  it("gives commodities their HS code", () => {
    expect(g.entities.get("commodity:crude-oil")?.codes.hs).toBe("2709");
  });
});

describe("names with quotes inside", () => {
  it("reads '“Belt and Road” countries' as the countries", () => {
    const text = "Trade with the “Belt and Road” countries grew.";
    const hits = g.match(text, tokenize(text));
    expect(hits.map((h) => h.entity.id)).toEqual(["region:belt-and-road-countries"]);
  });
});

describe("goods in the other number", () => {
  it.each([
    ["iron ores", "commodity:iron-ore"],
    ["coppers", "commodity:copper"],
    ["soybean", "commodity:soybeans"],
  ])("%s → %s", (surface, id) => {
    expect(g.lookup(surface)?.id).toBe(id);
  });

  it("keeps names whose other number means something else", () => {
    expect(g.lookup("papers")).toBeUndefined();
    expect(g.lookup("ship")).toBeUndefined();
  });
});

/**
 * `lookup` reads a name by its key whatever its case and spacing: plain names (letters,
 * digits, one space between words) are keyed without tokens, the others by their tokens.
 */
const LOOKUPS: Array<[string, string, string | undefined]> = [
  ["a plain name", "General Administration of Customs", "agency:gacc"],
  ["a plain name in another case", "general administration of customs", "agency:gacc"],
  ["two spaces between words", "General  Administration of Customs", "agency:gacc"],
  ["a line break between words", "General Administration\nof Customs", "agency:gacc"],
  ["spaces around the name", " iron ore ", "commodity:iron-ore"],
  ["a hyphen inside", "labor-intensive products", "commodity:labour-intensive-products"],
  ["a hyphen spaced out", "labor - intensive products", "commodity:labour-intensive-products"],
  ["points in an acronym", "U.S.", "country:USA"],
  ["no such name", "General Administration of Tariffs", undefined],
  ["nothing", "", undefined],
];

describe("lookup: a name by its key", () => {
  for (const [name, surface, id] of LOOKUPS) it(name, () => expect(g.lookup(surface)?.id).toBe(id));
});

/**
 * `lookup` first asks whether the phrase's first token starts any name (most shapes' names
 * start none) before it builds the key: no name of the gazetteer may be lost by that test,
 * whatever its case, its spacing or its first character (a letter, a digit, a mark, a letter
 * beyond ASCII).
 */
describe("lookup: the first-token test loses no name", () => {
  const names = [...g.entities.values()].map((e) => e.name);
  const variants = (n: string) => [n, n.toLowerCase(), n.toUpperCase(), `  ${n}`, `\t${n} `];
  it("every entity's name and its variants answer as their key does", () => {
    let found = 0;
    for (const n of names)
      for (const v of variants(n)) {
        const want = g.lookupKey(phraseKey(v));
        expect(g.lookup(v), v).toBe(want);
        if (want) found++;
      }
    // the names are found: the test reads the gate's "yes" answers, not only its "no"
    expect(found).toBeGreaterThan(names.length);
  });
});
