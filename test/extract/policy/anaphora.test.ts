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
  ])("%s", (text, link) => {
    expect(links(text)).toContain(link);
  });

  it.each([
    [
      "a head noun the antecedent does not carry",
      "Peru joined the Belt and Road Initiative last year. The programme is promoted by the World Customs Organization.",
      "measure:belt-and-road-initiative",
    ],
  ])("not with %s", (_case, text, id) => {
    expect(links(text).filter((l) => l.includes(id) && l.includes("agency:wco"))).toEqual([]);
  });
});
