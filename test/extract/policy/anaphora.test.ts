import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/extract-document.js";

function links(text: string): string[] {
  return extractDocument(
    new TextEncoder().encode(`Notice\n\n${text}\n`),
    "anaphora.txt",
  ).policyFacts.map((f) => `${f.subject} ${f.predicate} ${f.object}`);
}

describe("'the programme', 'these zones' take up the measure or zone named just before", () => {
  it.each([
    [
      "Peru joined the AEO programme last year. The programme is promoted by the World Customs Organization.",
      "agency:wco IMPLEMENTS measure:aeo",
    ],
    [
      "The country has 150 comprehensive bonded zones. These zones enjoy the two-step declaration.",
      "measure:two-step-declaration APPLIES_TO zone:comprehensive-bonded-zones",
    ],
    [
      "Trade with ASEAN grew again. Its members include Vietnam, Thailand and Malaysia.",
      "country:THA PART_OF region:asean",
    ],
    [
      "Chile has finished customs talks with Peru. It is also in talks with Colombia.",
      "country:CHL COOPERATES_WITH country:COL",
    ],
    [
      "Brazil sells large volumes of soybeans. Last year the ministry imposed a 20 percent tariff on the commodity.",
      "measure:20-percent-tariff-on-the-commodity APPLIES_TO commodity:soybeans",
    ],
  ])("%s", (text, link) => {
    expect(links(text)).toContain(link);
  });

  it.each([
    [
      "a head noun the antecedent does not carry",
      "Peru joined the Belt and Road Initiative last year. The programme is promoted by the World Customs Organization.",
      "measure:belt-and-road-initiative",
      "agency:wco",
    ],
    [
      "a country the bloc's member list does not hold",
      "Trade with ASEAN grew again. Its members include Vietnam and Japan.",
      "country:JPN",
      "region:asean",
    ],
    [
      "an 'It' that does not act",
      "Chile has finished customs talks with Peru. It is fair to say that talks with Colombia are harder.",
      "country:CHL",
      "country:COL",
    ],
    [
      "a plural generic head, which may take up a list",
      "Exports of steel and aluminium fell. Last year the ministry imposed a 20 percent tariff on these products.",
      "measure:20-percent-tariff-on-these-products",
      "commodity:aluminium",
    ],
    [
      "a good that is not the measure's object",
      "Brazil sells large volumes of soybeans. The buyers of the commodity imposed a 20 percent tariff on coffee.",
      "measure:20-percent-tariff-on-coffee",
      "commodity:soybeans",
    ],
  ])("not with %s", (_case, text, a, b) => {
    expect(links(text).filter((l) => l.includes(a) && l.includes(b))).toEqual([]);
  });
});
